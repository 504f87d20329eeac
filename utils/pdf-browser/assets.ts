import { TESSERACT_LANGUAGES } from '../pdf/ocr-text.ts';

/** Where the build puts pdfjs-dist's character maps and standard fonts inside the extension. */
export const PDFJS_ASSETS = 'pdfjs';

/**
 * Where the build puts tesseract.js's worker, its WebAssembly core and the language data of the
 * @tesseract.js-data packages: the viewer's OCR loads them from the extension, never the network.
 */
export const OCR_ASSETS = 'ocr';
/** The core built with SIMD and for LSTM recognition alone: every browser Redline supports runs it. */
export const OCR_CORE = 'tesseract-core-simd-lstm.wasm.js';
/**
 * tesseract's name of the language data shipped for each UN language; Russian has no
 * @tesseract.js-data package (the registry answers 404), English, French and Spanish PDFs
 * keep their letters.
 */
export const OCR_LANGUAGE_DATA = {
  ar: TESSERACT_LANGUAGES.ar,
  zh: TESSERACT_LANGUAGES.zh,
} as const;
