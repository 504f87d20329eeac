/** Where UN PDFs open in Redline, and the setting that sends them there always. */
import { browser } from 'wxt/browser';

/** Hosts whose PDFs Redline offers to open: the extension's own host permissions. */
const UN_PDF = /^https?:\/\/(?:[^/]+\.)?(?:unodc\.org|un\.org|undocs\.org)\/[^?#]*\.pdf(?:[?#]|$)/i;

export const ALWAYS_OPEN_KEY = 'alwaysOpenUnPdfs';

export function isUnPdfUrl(url: string | undefined): boolean {
  return url !== undefined && UN_PDF.test(url);
}

export function isPdfUrl(url: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}

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
