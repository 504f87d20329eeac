import type { PDFDocumentProxy } from 'pdfjs-dist';
import { openPdfBytes } from '../../utils/pdf-browser/open.ts';

/** A problem opening a PDF, said in plain words with what the user can do about it. */
export class OpenError extends Error {
  override name = 'OpenError';
}

export interface OpenedPdf {
  pdf: PDFDocumentProxy;
  /** The address the user knows the file by, or its name for a local file. */
  source: { url: string } | { fileName: string };
}

/** Fetches with the extension's host access, so UN servers' missing CORS headers do not matter. */
async function fetchBytes(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include' });
  } catch {
    throw new OpenError(
      `Redline could not download ${url}. Check your connection, or download the PDF and drop it here.`,
    );
  }
  if (!response.ok) {
    throw new OpenError(
      `The server answered ${response.status} for ${url}: the file may have moved. Open it from the UN page again, or download it and drop it here.`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}

async function parse(bytes: Uint8Array, name: string): Promise<PDFDocumentProxy> {
  try {
    return await openPdfBytes(bytes);
  } catch (error) {
    const reason = (error as Error).name;
    if (reason === 'PasswordException') {
      throw new OpenError(`${name} is protected by a password; Redline cannot open it.`);
    }
    throw new OpenError(
      `${name} is not a PDF Redline can read (${(error as Error).message}). If it is a web page, open it in a normal tab: Redline annotates UN pages there.`,
    );
  }
}

export async function openPdfUrl(url: string): Promise<OpenedPdf> {
  return { pdf: await parse(await fetchBytes(url), url), source: { url } };
}

export async function openPdfFile(file: File): Promise<OpenedPdf> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { pdf: await parse(bytes, file.name), source: { fileName: file.name } };
}
