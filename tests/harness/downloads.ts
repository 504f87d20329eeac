import { readFile } from 'node:fs/promises';
import type { Page, Worker } from 'playwright-core';
import type { ChromeApi } from './extension-db.ts';
import { waitFor } from './extension-db.ts';

/**
 * Lets Chromium save downloads itself, under the names the extension asks for, into the
 * profile's download folder (set with `launchWithExtension({ downloadsDir })`). Playwright
 * otherwise takes them over and renames them to random ids.
 */
export async function saveDownloadsAsUser(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Browser.setDownloadBehavior', { behavior: 'default' });
  await session.detach();
}

export interface FinishedDownload {
  /** The file's name on disk: the one the extension asked for, unless Chromium changed it. */
  name: string;
  bytes: Buffer;
}

/**
 * Waits until `completedFiles` (the paths of the browser's completed downloads) names one that
 * matches, and reads it from disk.
 */
export async function downloadedFile(
  completedFiles: () => Promise<string[]>,
  namePattern: RegExp,
): Promise<FinishedDownload> {
  const nameOf = (file: string) => file.split(/[\\/]/).pop() as string;
  const files = await waitFor(completedFiles, (found) =>
    found.some((file) => namePattern.test(nameOf(file))),
  );
  const file = files.find((found) => namePattern.test(nameOf(found))) as string;
  return { name: nameOf(file), bytes: await readFile(file) };
}

/** Waits for a completed download whose file name matches, and reads it from disk. */
export async function finishedDownload(
  worker: Worker,
  namePattern: RegExp,
): Promise<FinishedDownload> {
  return downloadedFile(
    () =>
      worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const found = await api.downloads.search({ state: 'complete' });
        return found.map((item) => item.filename);
      }),
    namePattern,
  );
}
