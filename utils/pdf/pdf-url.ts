/** Which addresses and files are PDFs, and which addresses UN PDFs that Redline offers to open. */

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

const PDF_MAGIC = '%PDF-';

/** Whether a file's bytes are a PDF, whatever its name says. */
export function isPdfBytes(bytes: Uint8Array): boolean {
  // The header may follow a little junk, as PDF readers allow.
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes(PDF_MAGIC);
}
