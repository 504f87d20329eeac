import { extractPdfText } from './extract.ts';
import { openPdfInNode } from './node.ts';
import type { PdfText } from './types.ts';

/** The draft text of PDF bytes under Node; throws a plain-words error when they are no PDF. */
export async function pdfTextInNode(
  bytes: Uint8Array,
  name: string,
): Promise<PdfText & { fingerprint?: string }> {
  let opened: Awaited<ReturnType<typeof openPdfInNode>>;
  try {
    opened = await openPdfInNode(bytes);
  } catch (error) {
    throw new Error(`${name} is not a readable PDF (${(error as Error).message})`);
  }
  try {
    const { text } = await extractPdfText(opened.pdf);
    const fingerprint = opened.pdf.fingerprints[0];
    return fingerprint ? { ...text, fingerprint } : text;
  } finally {
    await opened.close();
  }
}
