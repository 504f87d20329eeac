/**
 * OCR of a PDF's pages under Node: pdf.js draws each page on a @napi-rs/canvas, tesseract.js
 * reads it with the language data of Debian's tesseract-ocr-* packages (npm ships only English,
 * French and a few others as @tesseract.js-data packages; nothing is downloaded at run time).
 */
import { existsSync } from 'node:fs';
import { openPdfInNode } from '../utils/pdf/node.ts';
import { OCR_RENDER_SCALE, TESSERACT_LANGUAGES } from '../utils/pdf/ocr-text.ts';
import type { UnLanguage } from '../utils/un/languages.ts';

/** Where Debian's tesseract-ocr-* packages put their data; REDLINE_TESSDATA overrides it. */
const TESSDATA = process.env.REDLINE_TESSDATA ?? '/usr/share/tesseract-ocr/5/tessdata';
const DEBIAN_PACKAGES: Record<UnLanguage, string> = {
  en: 'tesseract-ocr-eng',
  fr: 'tesseract-ocr-fra',
  es: 'tesseract-ocr-spa',
  ru: 'tesseract-ocr-rus',
  ar: 'tesseract-ocr-ara',
  zh: 'tesseract-ocr-chi-sim',
};

/** Why OCR cannot run for this language here, or undefined when it can. */
export function ocrUnavailable(language: UnLanguage | undefined): string | undefined {
  if (!language)
    return "the document's language is unknown (name the file with its symbol and language)";
  const data = `${TESSDATA}/${TESSERACT_LANGUAGES[language]}.traineddata`;
  return existsSync(data)
    ? undefined
    : `no OCR data for ${language}: install it with "apt-get install -y ${DEBIAN_PACKAGES[language]}"`;
}

interface CanvasFactory {
  create(
    width: number,
    height: number,
  ): { canvas: import('@napi-rs/canvas').Canvas; context: import('@napi-rs/canvas').SKRSContext2D };
}

interface RenderablePage {
  getViewport(options: { scale: number }): { width: number; height: number };
  render(options: object): { promise: Promise<void> };
}

/** The text of the chosen pages (all when none are named), page after page. */
export async function recognizePdfPages(
  bytes: Uint8Array,
  language: UnLanguage,
  pageNumbers?: readonly number[],
): Promise<string[]> {
  // Loaded only when a page is to be read: the engine takes a while to start.
  const { createWorker, OEM, PSM } = await import('tesseract.js');
  const opened = await openPdfInNode(bytes);
  // pdf.js's own canvases (@napi-rs/canvas as pdf.js loads it): its paths must be of the same
  // module instance as the canvas they are drawn on, which a second import does not guarantee.
  const canvases = (opened.pdf as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  const worker = await createWorker(TESSERACT_LANGUAGES[language], OEM.LSTM_ONLY, {
    langPath: TESSDATA,
    gzip: false,
    cacheMethod: 'none',
  });
  try {
    await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO, preserve_interword_spaces: '1' });
    const numbers =
      pageNumbers ?? Array.from({ length: opened.pdf.numPages }, (_, index) => index + 1);
    const texts: string[] = [];
    for (const number of numbers) {
      const page = (await opened.pdf.getPage(number)) as unknown as RenderablePage;
      const viewport = page.getViewport({ scale: OCR_RENDER_SCALE });
      const { canvas, context } = canvases.create(
        Math.ceil(viewport.width),
        Math.ceil(viewport.height),
      );
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas, canvasContext: context, viewport }).promise;
      const { data } = await worker.recognize(canvas.toBuffer('image/png'));
      texts.push(data.text);
    }
    return texts;
  } finally {
    await worker.terminate();
    await opened.close();
  }
}
