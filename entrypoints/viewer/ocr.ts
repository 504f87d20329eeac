/**
 * OCR of the pages a reader is on: the viewer's last way to recover a text layer of glyph
 * numbers when neither the fonts' tables nor a text published beside the PDF give its letters.
 * pdf.js draws each page on a canvas and tesseract.js reads it in a worker of its own. The
 * engine, its WebAssembly core and the language data (@tesseract.js-data packages) are files of
 * the extension, loaded only now: nothing is downloaded, and page 1 never waits for them.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { browser } from 'wxt/browser';
import { OCR_RENDER_SCALE, paragraphsOfOcr } from '../../utils/pdf/ocr-text.ts';
import { OCR_ASSETS, OCR_CORE, OCR_LANGUAGE_DATA } from '../../utils/pdf-browser/assets.ts';
import type { UnLanguage } from '../../utils/un/languages.ts';

type OcrLanguage = (typeof OCR_LANGUAGE_DATA)[keyof typeof OCR_LANGUAGE_DATA];

/** tesseract's language data shipped for this language, if any. */
export function ocrLanguageData(language: UnLanguage | undefined): OcrLanguage | undefined {
  return language && language in OCR_LANGUAGE_DATA
    ? OCR_LANGUAGE_DATA[language as keyof typeof OCR_LANGUAGE_DATA]
    : undefined;
}

// Public files added by a build hook are not in WXT's typed list of public paths.
const assetUrl = (file: string) =>
  (browser.runtime.getURL as (path: string) => string)(`/${OCR_ASSETS}/${file}`);

/** The text of the given pages (from 0), one paragraph per line, page after page. */
export async function recognizePages(
  pdf: PDFDocumentProxy,
  pages: readonly number[],
  language: OcrLanguage,
): Promise<string> {
  const { createWorker, OEM, PSM } = await import('tesseract.js');
  const worker = await createWorker(language, OEM.LSTM_ONLY, {
    workerPath: assetUrl('worker.min.js'),
    corePath: assetUrl(OCR_CORE),
    langPath: assetUrl('').replace(/\/$/, ''),
    // A worker from the extension's own file: a blob worker would fall outside its policy.
    workerBlobURL: false,
    gzip: true,
    cacheMethod: 'none',
  });
  try {
    await worker.setParameters({
      tessedit_pageseg_mode: PSM.AUTO,
      preserve_interword_spaces: '1',
    });
    const texts: string[] = [];
    for (const index of pages) {
      const page = await pdf.getPage(index + 1);
      const viewport = page.getViewport({ scale: OCR_RENDER_SCALE });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport, background: '#fff' }).promise;
      const { data } = await worker.recognize(canvas);
      texts.push(paragraphsOfOcr(data.text));
    }
    return texts.join('\n');
  } finally {
    await worker.terminate();
  }
}
