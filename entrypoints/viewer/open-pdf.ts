import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { MessageKey } from '../../locales/en.ts';
import type { MessageValues } from '../../utils/i18n/translate.ts';
import { t } from '../../utils/i18n/ui-language.ts';
import { PdfDownloadError } from '../../utils/pdf-browser/fetch-pdf.ts';
import { openPdfBytes } from '../../utils/pdf-browser/open.ts';

/**
 * A problem opening a PDF, said in plain words with what the user can do. Said in the UI language
 * when shown (`t(error.key, error.values)`): the download may fail before the language is known.
 */
export class OpenError extends Error {
  override name = 'OpenError';
  constructor(
    readonly key: MessageKey,
    readonly values?: MessageValues,
    /** The engine's own words, shown apart from the message. */
    readonly detail?: string,
  ) {
    super(t(key, values));
  }
}

export interface OpenedPdf {
  pdf: PDFDocumentProxy;
  /** The address the user knows the file by, or its name for a local file. */
  source: { url: string } | { fileName: string };
}

async function downloaded(url: string, bytes: Promise<Uint8Array>): Promise<Uint8Array> {
  try {
    return await bytes;
  } catch (error) {
    if (!(error instanceof PdfDownloadError)) throw error;
    throw error.status === undefined
      ? new OpenError('viewer.noDownload', { url })
      : new OpenError('viewer.httpError', { status: String(error.status), url });
  }
}

async function parse(bytes: Uint8Array, name: string): Promise<PDFDocumentProxy> {
  try {
    return await openPdfBytes(bytes);
  } catch (error) {
    const reason = (error as Error).name;
    if (reason === 'PasswordException') {
      throw new OpenError('viewer.password', { name });
    }
    throw new OpenError('viewer.notPdf', { name }, (error as Error).message);
  }
}

/** Opens the PDF at `url` from its download (fetchPdf), started by the viewer's first script. */
export async function openPdfUrl(url: string, download: Promise<Uint8Array>): Promise<OpenedPdf> {
  return { pdf: await parse(await downloaded(url, download), url), source: { url } };
}

export async function openPdfFile(file: File): Promise<OpenedPdf> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { pdf: await parse(bytes, file.name), source: { fileName: file.name } };
}
