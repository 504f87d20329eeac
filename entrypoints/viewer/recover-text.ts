/**
 * The viewer's side of text recovery (utils/pdf/recover.ts) for a PDF whose fonts hide their
 * letters: the parallel text is the same document published beside the PDF (same address, .txt
 * or .html), the recovery itself runs in a worker (recovery-worker.ts) so the page stays
 * answering, and the repaired bytes are opened as the document.
 */
import type { MessageKey } from '../../locales/en.ts';
import { buildTextIndex } from '../../utils/anchoring/text-index.ts';
import { currentTranslator, t } from '../../utils/i18n/ui-language.ts';
import type { RecoveryStep, TextSource } from '../../utils/pdf/recover.ts';
import { openPdfBytes, pdfjsAssets } from '../../utils/pdf-browser/open.ts';
import { extractDraftText } from '../../utils/un/draft-page.ts';
import type { UnLanguage } from '../../utils/un/languages.ts';
import { ocrLanguageData, recognizePages } from './ocr.ts';
import type { OpenedPdf } from './open-pdf.ts';
import type { RecoveryReport, RecoveryRequest } from './recovery-worker.ts';
import { viewerStore } from './state.ts';

/** What the viewer says the text came from, once recovered. */
const SOURCE_NAMES = {
  font: 'viewer.recovery.source.font',
  parallel: 'viewer.recovery.source.parallel',
  ocr: 'viewer.recovery.source.ocr',
} as const satisfies Record<TextSource, MessageKey>;

let stopRunning: (() => void) | undefined;

/** Stops a recovery under way; the PDF stays shown with the text it came with. */
export function cancelRecovery(): void {
  stopRunning?.();
}

type Outcome = Exclude<RecoveryReport, { kind: 'progress' }>;

/** Runs the recovery in its worker; undefined when cancelled (the worker is ended at once). */
function recoverInWorker(
  request: Omit<RecoveryRequest, 'reports'>,
  onProgress: (step: RecoveryStep) => void,
): Promise<Outcome | undefined> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./recovery-worker.ts', import.meta.url), {
      type: 'module',
    });
    // A channel of its own: the worker's port also carries pdf.js's messages.
    const reports = new MessageChannel();
    const finish = (outcome: Outcome | undefined) => {
      worker.terminate();
      reports.port1.close();
      stopRunning = undefined;
      resolve(outcome);
    };
    stopRunning = () => finish(undefined);
    reports.port1.onmessage = ({ data }: MessageEvent<RecoveryReport>) => {
      if (data.kind === 'progress') onProgress(data.step);
      else finish(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ kind: 'failed', reason: event.message || t('viewer.recovery.workerFailed') });
    };
    worker.postMessage({ ...request, reports: reports.port2 }, [
      reports.port2,
      request.bytes.buffer,
    ]);
  });
}

function htmlText(html: string): string {
  const page = new DOMParser().parseFromString(html, 'text/html');
  return buildTextIndex(extractDraftText(page).root).text;
}

/** The same document as text beside the PDF on its server (`X.pdf` → `X.txt`, `X.html`). */
async function parallelTextBeside(url: string): Promise<string | undefined> {
  const address = new URL(url);
  if (!/\.pdf$/i.test(address.pathname)) return undefined;
  for (const extension of ['.txt', '.html', '.htm']) {
    const candidate = new URL(address);
    candidate.pathname = address.pathname.replace(/\.pdf$/i, extension);
    candidate.search = '';
    try {
      const response = await fetch(candidate, { credentials: 'include' });
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || /pdf|octet-stream/.test(type)) continue;
      const body = await response.text();
      return /html/.test(type) ? htmlText(body) : body;
    } catch {
      // Not published there: try the next form.
    }
  }
  return undefined;
}

type Done = Extract<RecoveryReport, { kind: 'done' }>;

/** The repaired document, and what the viewer says of it: OCR names the pages it read. */
async function repaired(
  opened: OpenedPdf,
  outcome: Done,
  source: TextSource,
  readByOcr?: readonly number[],
): Promise<RecoveredPdf> {
  const counts = { pages: outcome.brokenPages, total: outcome.pages };
  return {
    opened: { ...opened, pdf: await openPdfBytes(outcome.bytes) },
    notice: readByOcr
      ? t('viewer.recovery.doneByOcr', {
          ...counts,
          read: currentTranslator().formatList(readByOcr.map((page) => String(page + 1))),
        })
      : t('viewer.recovery.done', { ...counts, source: t(SOURCE_NAMES[source]) }),
  };
}

export interface RecoveredPdf {
  opened: OpenedPdf;
  /** Plain words for the viewer: which pages were recovered, and from what. */
  notice: string;
}

/**
 * Recovers the text layer of a PDF whose text is glyph numbers: the font's own tables first,
 * then a parallel text when the server has one, last OCR of the page the reader is on (its
 * engine loaded only then). Undefined when cancelled; `failed` says what was tried when
 * nothing worked.
 */
export async function recoverText(
  opened: OpenedPdf,
  language: UnLanguage | undefined,
): Promise<RecoveredPdf | { failed: string } | undefined> {
  const say = (step: RecoveryStep | 'parallel') =>
    viewerStore.set({
      recovering: t('viewer.recovery.step', { step: t(`recovery.step.${step}`) }),
    });
  try {
    say('parallel');
    const parallelText =
      'url' in opened.source ? await parallelTextBeside(opened.source.url) : undefined;
    const request = {
      ...(language ? { language } : {}),
      ...(parallelText === undefined ? {} : { parallelText }),
      assets: pdfjsAssets(),
    };
    // pdf.js hands over a copy: moving it to the worker leaves the shown document whole.
    const outcome = await recoverInWorker({ ...request, bytes: await opened.pdf.getData() }, say);
    if (!outcome) return undefined;
    if (outcome.kind === 'failed') return { failed: outcome.reason };
    if (outcome.source) return repaired(opened, outcome, outcome.source);
    const tried = outcome.tried.map((one) => `${one.source}: ${one.outcome}`).join('; ');
    // The last resort: OCR of the page the reader is on, whose text teaches the glyphs.
    const data = ocrLanguageData(language);
    if (!data) return { failed: `${tried}; ${t('viewer.recovery.noOcrData')}` };
    say('ocr');
    let cancelled = false;
    stopRunning = () => {
      cancelled = true;
    };
    const pages = [viewerStore.get().page];
    const text = await recognizePages(opened.pdf, pages, data);
    if (cancelled) return undefined;
    const recognized = await recoverInWorker(
      { ...request, bytes: await opened.pdf.getData(), recognized: { text, pages } },
      say,
    );
    if (!recognized) return undefined;
    if (recognized.kind === 'failed') return { failed: recognized.reason };
    if (!recognized.source) return { failed: tried };
    return repaired(opened, recognized, 'ocr', pages);
  } catch (error) {
    return { failed: (error as Error).message };
  } finally {
    viewerStore.set({ recovering: '' });
  }
}
