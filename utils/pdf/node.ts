/**
 * Opens PDFs under Node (command line, unit tests) with pdf.js's legacy build. Node 20 lacks
 * `Promise.withResolvers`, which pdf.js uses from its first line, and
 * `ArrayBuffer.prototype.transferToFixedLength`, which it may use to draw glyphs (OCR renders
 * pages): both are supplied here.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfDocumentLike } from './extract.ts';

function supplyTransferToFixedLength(): void {
  const prototype = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: unknown };
  if (typeof prototype.transferToFixedLength === 'function') return;
  Object.defineProperty(prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength) {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

/**
 * pdf.js's character maps and standard fonts, from its package: a Chinese PDF that names an
 * Adobe CMap instead of embedding its font, or a PDF using the base 14 fonts, reads right.
 */
function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: `${path.join(root, 'cmaps')}/`,
    standardFontDataUrl: `${path.join(root, 'standard_fonts')}/`,
  };
}

function supplyPromiseWithResolvers(): void {
  if (typeof Promise.withResolvers === 'function') return;
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      return { promise, resolve, reject };
    },
  });
}

export interface NodePdf {
  pdf: PdfDocumentLike & { fingerprints: ReadonlyArray<string | null> };
  /** Ends pdf.js's worker for this document. */
  close(): Promise<void>;
}

/** Opens a PDF from its bytes; rejects with pdf.js's own error when they are not a PDF. */
export async function openPdfInNode(bytes: Uint8Array): Promise<NodePdf> {
  supplyPromiseWithResolvers();
  supplyTransferToFixedLength();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    disableFontFace: true,
    ...pdfjsData(),
    cMapPacked: true,
    useSystemFonts: false,
  });
  try {
    return { pdf: await task.promise, close: () => task.destroy() };
  } catch (error) {
    await task.destroy();
    throw error;
  }
}
