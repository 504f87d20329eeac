import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { documentKey } from '../formats/document-key.ts';
import type { AnnotatedPdfSource } from './annotated-pdf-flow.ts';
import { extractPdfText } from './extract.ts';
import { openPdfInNode } from './node.ts';
import { type PdfRecovery, type RecoveryOptions, recoverPdfText } from './recover.ts';
import type { PdfPageItems, PdfText } from './types.ts';

/** Opens PDF bytes under Node; throws a plain-words error when they are no PDF. */
async function openOrExplain(bytes: Uint8Array, name: string) {
  try {
    return await openPdfInNode(bytes);
  } catch (error) {
    throw new Error(`${name} is not a readable PDF (${(error as Error).message})`);
  }
}

/** The draft text of PDF bytes under Node; throws a plain-words error when they are no PDF. */
export async function pdfTextInNode(
  bytes: Uint8Array,
  name: string,
): Promise<PdfText & { fingerprint?: string }> {
  const opened = await openOrExplain(bytes, name);
  try {
    const { text } = await extractPdfText(opened.pdf);
    const fingerprint = opened.pdf.fingerprints[0];
    return fingerprint ? { ...text, fingerprint } : text;
  } finally {
    await opened.close();
  }
}

/** Each page's size and text items, as the viewer reads them. */
export async function pdfPagesInNode(bytes: Uint8Array, name = 'the PDF'): Promise<PdfPageItems[]> {
  const opened = await openOrExplain(bytes, name);
  try {
    return (await extractPdfText(opened.pdf)).pages;
  } finally {
    await opened.close();
  }
}

/**
 * The PDF's text with a broken text layer recovered when it can be (see recover.ts): the bytes
 * returned carry the ToUnicode maps, so the text read from them is what the viewer would show.
 */
export async function recoverPdfTextInNode(
  bytes: Uint8Array,
  name: string,
  options: RecoveryOptions,
): Promise<PdfRecovery> {
  return recoverPdfText(bytes, (pdf) => pdfPagesInNode(pdf, name), options);
}

/**
 * A colleague's annotated PDF file read under Node: the document is named as the viewer names
 * it, symbol and language from the file name or masthead, else the file's address.
 */
export function annotatedPdfFile(fileName: string): AnnotatedPdfSource {
  return {
    fileName,
    documentKeyFor: (identity) =>
      documentKey({ ...identity, url: pathToFileURL(path.resolve(fileName)).toString() }),
  };
}
