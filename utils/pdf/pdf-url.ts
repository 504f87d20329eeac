/** Which addresses are PDFs, and which of them UN PDFs that Redline offers to open. */

/** Hosts whose PDFs Redline offers to open: the extension's own host permissions. */
const UN_PDF = /^https?:\/\/(?:[^/]+\.)?(?:unodc\.org|un\.org|undocs\.org)\/[^?#]*\.pdf(?:[?#]|$)/i;

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
