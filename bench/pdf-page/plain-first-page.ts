/**
 * The peer for the viewer's first page in bench/pdf.ts, bundled by esbuild and run in Chromium:
 * plain pdf.js and nothing else (no Redline code, on a host where no Redline content script
 * runs) downloads the PDF and draws page 1 at the viewer's scale with its text layer.
 */
import { GlobalWorkerOptions, getDocument, TextLayer } from 'pdfjs-dist';

GlobalWorkerOptions.workerSrc = '/bench/pdf.worker.min.mjs';

async function plainFirstPage(url: string): Promise<void> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const pdf = await getDocument({ data: bytes }).promise;
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale: 1.25 });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * devicePixelRatio);
  canvas.height = Math.floor(viewport.height * devicePixelRatio);
  const layer = document.createElement('div');
  document.body.append(canvas, layer);
  await Promise.all([
    page.render({
      canvas,
      viewport,
      ...(devicePixelRatio === 1
        ? {}
        : { transform: [devicePixelRatio, 0, 0, devicePixelRatio, 0, 0] }),
    }).promise,
    new TextLayer({
      textContentSource: page.streamTextContent(),
      container: layer,
      viewport,
    }).render(),
  ]);
  (globalThis as { plainFirstPageAt?: number }).plainFirstPageAt = performance.now();
}

const url = new URLSearchParams(location.search).get('pdf');
if (url) void plainFirstPage(url);
