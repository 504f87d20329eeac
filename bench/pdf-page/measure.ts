/**
 * The page side of bench/pdf.ts (in a folder so that `npm run bench` does not run it in Node), bundled by esbuild and run in Chromium: raw pdf.js text
 * extraction beside Redline's extraction + outline, and anchoring on the extracted text.
 */
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import { anchorMany } from '../../utils/anchoring/anchor.ts';
import { SearchText } from '../../utils/anchoring/search-text.ts';
import type { PassageSelectors } from '../../utils/anchoring/selectors.ts';
import { extractPdfText } from '../../utils/pdf/extract.ts';
import { outlineText, structuralUnits } from '../../utils/un/outline.ts';

GlobalWorkerOptions.workerSrc = '/bench/pdf.worker.min.mjs';

async function measure(url: string, passages: PassageSelectors[]) {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const open = async () => getDocument({ data: bytes.slice() }).promise;

  const raw = await open();
  let t0 = performance.now();
  for (let page = 1; page <= raw.numPages; page++) {
    await (await raw.getPage(page)).getTextContent();
  }
  const rawMs = performance.now() - t0;

  const pdf = await open();
  t0 = performance.now();
  const { text } = await extractPdfText(pdf);
  const outline = outlineText(text.text);
  const extractMs = performance.now() - t0;

  const units = structuralUnits(outline);
  t0 = performance.now();
  const results = anchorMany(passages, new SearchText(text.text, units));
  const anchorMs = performance.now() - t0;
  return {
    pages: pdf.numPages,
    rawMs,
    extractMs,
    anchorMs,
    placed: results.filter((result) => result.status !== 'orphan').length,
  };
}

(globalThis as { benchPdf?: typeof measure }).benchPdf = measure;
