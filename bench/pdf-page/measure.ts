/**
 * The page side of bench/pdf.ts (in a folder so that `npm run bench` does not run it in Node), bundled by esbuild and run in Chromium: raw pdf.js text
 * extraction beside Redline's extraction + outline, anchoring on the extracted text, and the
 * peer for the viewer's first page: plain pdf.js drawing page 1 with its text layer.
 */
import { GlobalWorkerOptions, getDocument, TextLayer } from 'pdfjs-dist';
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

/** Plain pdf.js, no Redline: page 1 drawn at the viewer's scale with its text layer. */
async function plainFirstPage(url: string): Promise<void> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const pdf = await getDocument({ data: bytes }).promise;
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale: 1.25 });
  const canvas = document.createElement('canvas');
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  const layer = document.createElement('div');
  document.body.append(canvas, layer);
  await Promise.all([
    page.render({ canvas, viewport }).promise,
    new TextLayer({
      textContentSource: page.streamTextContent(),
      container: layer,
      viewport,
    }).render(),
  ]);
  (globalThis as { plainFirstPageAt?: number }).plainFirstPageAt = performance.now();
}

const plainFor = new URLSearchParams(location.search).get('plain');
if (plainFor) void plainFirstPage(plainFor);
