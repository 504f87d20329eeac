/**
 * Where UN PDFs open in Redline, and the setting that sends them there always: browser glue,
 * kept out of the pure utils/pdf/.
 */
import { browser } from 'wxt/browser';

export const ALWAYS_OPEN_KEY = 'alwaysOpenUnPdfs';

/** The viewer page showing the PDF at `pdfUrl`. */
export function viewerUrl(pdfUrl: string): string {
  return `${browser.runtime.getURL('/viewer.html')}?file=${encodeURIComponent(pdfUrl)}`;
}

export async function alwaysOpenUnPdfs(): Promise<boolean> {
  return (await browser.storage.local.get(ALWAYS_OPEN_KEY))[ALWAYS_OPEN_KEY] === true;
}

export async function setAlwaysOpenUnPdfs(on: boolean): Promise<void> {
  await browser.storage.local.set({ [ALWAYS_OPEN_KEY]: on });
}
