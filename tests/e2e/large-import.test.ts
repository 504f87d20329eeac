import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { readExtensionStore } from '../harness/extension-db.ts';
import { largeSetFile } from '../harness/large-set-file.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

/** Enough real-sized comments to make a 23 MB file; bench/import-chromium.ts goes to 50,000. */
const COUNT = 10_000;
const FILE = path.join(tmpdir(), `redline-large-import-${process.pid}.redline.json`);

describe('a large shared file imported through the options page in Chromium', () => {
  const suite = useExtensionBrowser();
  afterAll(() => rm(FILE, { force: true }));

  it('reads, previews and writes 10,000 real-sized comments chosen from disk', async () => {
    const text = largeSetFile(COUNT);
    expect(text.length).toBeGreaterThan(20 * 1024 * 1024);
    await writeFile(FILE, text);
    const options = await suite.browser.openExtensionPage('options.html');
    // A path, as a user picks a file: Chromium reads it from disk.
    await options.getByLabel(/Import a shared file/).setInputFiles(FILE);
    const preview = options.getByRole('region', { name: 'Import preview' });
    await preview.getByText(/^10,?000 new$/).waitFor({ timeout: 120_000 });
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByText(`Imported ${path.basename(FILE)}.`).waitFor({ timeout: 120_000 });
    // The counts the user is left with, and what the database holds.
    await options
      .getByRole('listitem')
      .filter({ hasText: /^10,?000 new$/ })
      .waitFor();
    const stored = await readExtensionStore<Annotation>(suite.browser.serviceWorker, 'annotations');
    expect(stored.filter((annotation) => annotation.id.startsWith('bench-'))).toHaveLength(COUNT);
  }, 300_000);
});
