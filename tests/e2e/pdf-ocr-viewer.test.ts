/**
 * The viewer's last resort for a PDF whose fonts hide their letters: no font tables and no text
 * published beside it, so the page the reader is on is read by OCR (tesseract.js, its core and
 * Arabic data shipped inside the extension) and its glyphs learnt from that text. Slow by
 * nature (OCR of a page in the browser): a test of the opt-in slow tier (`npm run test:slow`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from '../harness/suite.ts';
import { fixturePath } from '../unit/pdf/helpers/recovered-text.ts';

/** The Arabic UDHR with nothing beside it: `udhr-ar.txt` is not published there. */
const PDF_URL = 'https://www.unodc.org/documents/treaties/alone/udhr-ar.pdf';

describe('a PDF whose fonts hide their letters and that has no text beside it', () => {
  const suite = useExtensionBrowser(async (server) => {
    server.routes.set(`www.unodc.org${new URL(PDF_URL).pathname}`, {
      body: new Uint8Array(readFileSync(fixturePath('udhr-ar.pdf'))),
      type: 'application/pdf',
    });
  });

  it('is read by OCR of the page on screen, with nothing downloaded: its articles are outlined and its text layer reads Arabic', async () => {
    const requests: string[] = [];
    const viewer = await suite.browser.openExtensionPage(
      `viewer.html?file=${encodeURIComponent(PDF_URL)}`,
    );
    viewer.context().on('request', (request) => requests.push(request.url()));
    const started = Date.now();
    const status = viewer.locator('.message[role="status"]');
    await expect
      .poll(() => status.last().textContent(), { timeout: 300_000 })
      .toMatch(/Text recovered|could not recover/);
    expect(await status.last().textContent()).toMatch(
      /^Text recovered by OCR of page 1, the page you are reading: 4 of 4 pages/,
    );
    console.log(`OCR of page 1 and recovery: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
    // Page 1 holds the preamble and articles 1 to 3: the outline finds them in the OCR'd glyphs.
    const contents = viewer.getByRole('navigation', { name: 'Contents' }).getByRole('button');
    await expect.poll(() => contents.count()).toBeGreaterThanOrEqual(3);
    const layer = viewer.locator('.page[data-page="1"][data-rendered] .textLayer');
    // The page drawn before the recovery is drawn again with the letters learnt from OCR: its
    // words, whatever spans pdf.js groups them in. OCR-learnt glyphs are not perfect (a few
    // doubled letters on this page at 12 s of OCR), so the check is a word that page 1 holds in
    // its title and preamble, "الإنسان" (human), not every heading.
    const words = async () =>
      (await layer.locator('span').allTextContents()).join(' ').split(/\s+/).filter(Boolean);
    await expect.poll(words, { timeout: 60_000 }).toContain('الإنسان');
    // The engine, its core and the Arabic data are the extension's own files: nothing else asked.
    expect(requests.filter((url) => /jsdelivr|unpkg|tessdata/.test(url))).toEqual([]);
    await viewer.close();
  }, 600_000);
});
