/**
 * The viewer's side of text recovery (utils/pdf/recover.ts) for a PDF whose fonts hide their
 * letters: pdf.js reads each candidate, the parallel text is the same document published beside
 * the PDF (same address, .txt or .html), and the repaired bytes are opened as the document.
 */
import { getDocument } from 'pdfjs-dist';
import type { MessageKey } from '../../locales/en.ts';
import { buildTextIndex } from '../../utils/anchoring/text-index.ts';
import { t } from '../../utils/i18n/ui-language.ts';
import { extractPdfText } from '../../utils/pdf/extract.ts';
import { type PdfRecovery, recoverPdfText, type TextSource } from '../../utils/pdf/recover.ts';
import { extractDraftText } from '../../utils/un/draft-page.ts';
import type { UnLanguage } from '../../utils/un/languages.ts';
import type { OpenedPdf } from './open-pdf.ts';
import { viewerStore } from './state.ts';

/** What the viewer says the text came from, once recovered. */
const SOURCE_NAMES = {
  font: 'viewer.recovery.source.font',
  parallel: 'viewer.recovery.source.parallel',
  ocr: 'viewer.recovery.source.ocr',
} as const satisfies Record<TextSource, MessageKey>;

let running: AbortController | undefined;

/** Stops a recovery under way; the PDF stays shown with the text it came with. */
export function cancelRecovery(): void {
  running?.abort();
}

async function readPages(bytes: Uint8Array) {
  // pdf.js hands its data to the worker: a copy keeps the caller's bytes whole.
  const pdf = await getDocument({ data: bytes.slice() }).promise;
  try {
    return (await extractPdfText(pdf)).pages;
  } finally {
    await pdf.destroy();
  }
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

export interface RecoveredPdf {
  opened: OpenedPdf;
  recovery: PdfRecovery;
  /** Plain words for the viewer: which pages were recovered, and from what. */
  notice: string;
}

/**
 * Recovers the text layer of a PDF whose text is glyph numbers: the font's own tables first,
 * then a parallel text when the server has one. Undefined when cancelled or when nothing worked
 * (then `notice` of the caller stays what the health check said, with what was tried).
 */
export async function recoverText(
  opened: OpenedPdf,
  language: UnLanguage | undefined,
): Promise<RecoveredPdf | { failed: string } | undefined> {
  running = new AbortController();
  const { signal } = running;
  // The steps are recover.ts's own words, in English as the command line prints them.
  const say = (step: string) =>
    viewerStore.set({ recovering: t('viewer.recovery.step', { step }) });
  try {
    say('looking for the same document’s text');
    const parallelText =
      'url' in opened.source ? await parallelTextBeside(opened.source.url) : undefined;
    const bytes = await opened.pdf.getData();
    const recovery = await recoverPdfText(bytes, readPages, {
      ...(language ? { language } : {}),
      sources: ['font', 'parallel'],
      ...(parallelText === undefined ? {} : { parallelText }),
      onProgress: say,
      signal,
    });
    // A click on Cancel while the last step ran is still heeded.
    if (signal.aborted) return undefined;
    if (!recovery.source) {
      const tried = recovery.tried.map((one) => `${one.source}: ${one.outcome}`).join('; ');
      return { failed: tried };
    }
    const pdf = await getDocument({ data: recovery.bytes.slice() }).promise;
    const pages = recovery.before.pages.filter((page) => page.broken).length;
    return {
      opened: { ...opened, pdf },
      recovery,
      notice: t('viewer.recovery.done', {
        source: t(SOURCE_NAMES[recovery.source]),
        pages,
        total: recovery.before.pages.length,
      }),
    };
  } catch (error) {
    if (signal.aborted) return undefined;
    return { failed: (error as Error).message };
  } finally {
    running = undefined;
    viewerStore.set({ recovering: '' });
  }
}
