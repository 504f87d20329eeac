/**
 * pdf.js in the extension's pages (viewer, workbench): its worker, and the character maps and
 * standard fonts it needs for PDFs that do not embed theirs (Chinese drafts set in a system
 * font, Times and Helvetica in old documents). All are files of the extension itself, copied
 * from pdfjs-dist at build time (wxt.config.ts): extension pages may not load remote code.
 */
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';
import type { OpenPdf } from '../pdf/annotated-pdf-flow.ts';
import { PDFJS_ASSETS } from './assets.ts';

GlobalWorkerOptions.workerSrc = workerUrl;

/** The worker every PDF of this page is read in, when the page started one itself. */
let pageWorker: PDFWorker | undefined;

/**
 * Reads every PDF of this page in `worker`, a pdf.js worker (`pdf.worker.min.mjs`) the page
 * started before pdf.js had loaded. Handed to each document rather than set as pdf.js's global
 * port: closing one document (replaced by its repaired bytes) then leaves the worker to the next.
 */
export function readPdfsInWorker(worker: Worker): void {
  pageWorker = PDFWorker.create({ port: worker });
}

/** Where pdf.js finds its character maps and standard fonts; plain data, so a worker can take it. */
export interface PdfjsAssets {
  cMapUrl: string;
  cMapPacked: true;
  standardFontDataUrl: string;
}

function assetUrl(folder: 'cmaps' | 'standard_fonts'): string {
  // Public files added by a build hook are not in WXT's typed list of public paths.
  return (browser.runtime.getURL as (path: string) => string)(`/${PDFJS_ASSETS}/${folder}/`);
}

export function pdfjsAssets(): PdfjsAssets {
  return {
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
  };
}

/**
 * Opens PDF bytes with pdf.js. The bytes are copied first: pdf.js hands its buffer to the worker,
 * which leaves the caller's array empty.
 */
export function openPdfBytes(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: bytes.slice(),
    ...pdfjsAssets(),
    ...(pageWorker ? { worker: pageWorker } : {}),
  }).promise;
}

/** Opens PDF bytes for reading in an extension page (export, import), and lets them go after. */
export const openPdfInPage: OpenPdf = async (bytes) => {
  const pdf = await openPdfBytes(bytes);
  return { pdf, close: () => pdf.destroy() };
};
