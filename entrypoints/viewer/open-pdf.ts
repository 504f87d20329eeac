import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { MessageKey } from '../../locales/en.ts';
import type { MessageValues } from '../../utils/i18n/translate.ts';
import { t } from '../../utils/i18n/ui-language.ts';
import { openPdfBytes } from '../../utils/pdf-browser/open.ts';

/** A problem opening a PDF, said in plain words (in the UI language) with what the user can do. */
export class OpenError extends Error {
  override name = 'OpenError';
  constructor(key: MessageKey, values?: MessageValues) {
    super(t(key, values));
  }
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
    throw new OpenError('viewer.noDownload', { url });
  }
  if (!response.ok) {
    throw new OpenError('viewer.httpError', { status: String(response.status), url });
  }
  return new Uint8Array(await response.arrayBuffer());
}

async function parse(bytes: Uint8Array, name: string): Promise<PDFDocumentProxy> {
  try {
    return await openPdfBytes(bytes);
  } catch (error) {
    const reason = (error as Error).name;
    if (reason === 'PasswordException') {
      throw new OpenError('viewer.password', { name });
    }
    throw new OpenError('viewer.notPdf', { name, reason: (error as Error).message });
  }
}

export async function openPdfUrl(url: string): Promise<OpenedPdf> {
  return { pdf: await parse(await fetchBytes(url), url), source: { url } };
}

export async function openPdfFile(file: File): Promise<OpenedPdf> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { pdf: await parse(bytes, file.name), source: { fileName: file.name } };
}
