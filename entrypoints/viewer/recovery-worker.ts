/**
 * The viewer's text recovery (utils/pdf/recover.ts) in a worker of its own: aligning an Arabic
 * PDF's glyphs with its parallel text computes for many seconds, during which the page must
 * still scroll, select and answer Cancel (which ends this worker). pdf.js runs here in this
 * thread (its "fake worker"): a worker within a worker would only add a copy of the bytes.
 */
import { getDocument } from 'pdfjs-dist';
import pdfjsWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { extractPdfText } from '../../utils/pdf/extract.ts';
import { type PdfRecovery, type RecoveryStep, recoverPdfText } from '../../utils/pdf/recover.ts';
import type { PdfjsAssets } from '../../utils/pdf-browser/open.ts';
import type { UnLanguage } from '../../utils/un/languages.ts';

export interface RecoveryRequest {
  /** Where the reports go: pdf.js's worker code, loaded here, talks over this worker's own port. */
  reports: MessagePort;
  bytes: Uint8Array;
  language?: UnLanguage;
  parallelText?: string;
  /** OCR of the pages a reader is on (from 0), read in the page: the glyphs are learnt from it. */
  recognized?: { text: string; pages: number[] };
  assets: PdfjsAssets;
}

export type RecoveryReport =
  | { kind: 'progress'; step: RecoveryStep }
  | {
      kind: 'done';
      /** The repaired PDF (the input when nothing worked). */
      bytes: Uint8Array;
      source?: PdfRecovery['source'];
      brokenPages: number;
      pages: number;
      tried: PdfRecovery['tried'];
    }
  | { kind: 'failed'; reason: string };

// The code pdf.js would run in its own worker, loaded from the extension's copy of it.
const pdfjsReady = import(/* @vite-ignore */ pdfjsWorkerUrl).then((handler: unknown) => {
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = handler;
});

self.addEventListener('message', async ({ data }: MessageEvent<RecoveryRequest>) => {
  // pdf.js's own messages arrive here too.
  if (!(data?.reports instanceof MessagePort)) return;
  const report = (message: RecoveryReport, transfer: Transferable[] = []) =>
    data.reports.postMessage(message, { transfer });
  const readPages = async (bytes: Uint8Array) => {
    const pdf = await getDocument({ data: bytes.slice(), ...data.assets }).promise;
    try {
      return (await extractPdfText(pdf)).pages;
    } finally {
      await pdf.destroy();
    }
  };
  try {
    await pdfjsReady;
    const { recognized } = data;
    const recovery = await recoverPdfText(data.bytes, readPages, {
      ...(data.language ? { language: data.language } : {}),
      ...(recognized
        ? {
            sources: ['ocr'],
            recognize: async () => recognized.text,
            recognizedPages: recognized.pages,
          }
        : { sources: ['font', 'parallel'] }),
      ...(data.parallelText === undefined ? {} : { parallelText: data.parallelText }),
      onProgress: (step) => report({ kind: 'progress', step }),
    });
    const { bytes, source, before, tried } = recovery;
    report(
      {
        kind: 'done',
        bytes,
        ...(source ? { source } : {}),
        brokenPages: before.pages.filter((page) => page.broken).length,
        pages: before.pages.length,
        tried,
      },
      [bytes.buffer],
    );
  } catch (error) {
    report({ kind: 'failed', reason: (error as Error).message });
  }
});
