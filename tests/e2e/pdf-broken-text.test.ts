import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from '../harness/suite.ts';
import { fixturePath } from '../unit/pdf/helpers/recovered-text.ts';

const PDF_URL = 'https://www.unodc.org/documents/treaties/udhr-ru.pdf';

describe('a PDF whose fonts hide their letters, in Redline’s viewer', () => {
  const suite = useExtensionBrowser(async (server) => {
    server.routes.set(`www.unodc.org${new URL(PDF_URL).pathname}`, {
      body: new Uint8Array(readFileSync(fixturePath('udhr-ru.pdf'))),
      type: 'application/pdf',
    });
  });

  it('says in plain words that its text layer is glyph numbers and what to do', async () => {
    const viewer = await suite.browser.openExtensionPage(
      `viewer.html?file=${encodeURIComponent(PDF_URL)}`,
    );
    const status = viewer.locator('.message[role="status"]');
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toContain('holds glyph numbers, not letters');
    await expect(status.textContent()).resolves.toContain('--text-source');
  });
});
