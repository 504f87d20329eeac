/**
 * The viewer's first script, kept small: it starts what page 1 waits on most before the viewer's
 * own code (pdf.js, React, the UI language) has loaded. pdf.js's worker compiles its 1.2 MB on a
 * thread of its own, with no code cache for workers, and the PDF downloads meanwhile.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { fetchPdf } from '../../utils/pdf-browser/fetch-pdf.ts';

const file = new URLSearchParams(location.search).get('file');
const framed = window.top !== window;
const download = file && !framed ? { url: file, bytes: fetchPdf(file) } : undefined;
download?.bytes.catch(() => undefined);
const pdfWorker = download ? new Worker(workerUrl, { type: 'module' }) : undefined;

const { startViewer } = await import('./viewer.tsx');
startViewer({ framed, ...(download ? { download } : {}), ...(pdfWorker ? { pdfWorker } : {}) });
