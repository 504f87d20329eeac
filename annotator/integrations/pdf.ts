import { SearchText } from '../../utils/anchoring/search-text.ts';
import type { PdfText } from '../../utils/pdf/types.ts';
import { structuralUnits } from '../../utils/un/outline.ts';
import type { Outline } from '../../utils/un/schemas.ts';
import type { AnnotatorController } from '../controller.ts';
import { mountAnnotator, prepareAnnotator } from '../mount.ts';
import { drawnTop, type PageSource } from '../page-source.ts';
import { renderAnnotatorView } from '../view.tsx';
import { watchSelections } from '../watch-selections.ts';

/** What the annotator needs of the viewer's rendered pages. */
export interface RenderedPdfPages {
  /** The text layer spans of a rendered page, one per text item; none while it is not rendered. */
  spansOf(page: number): HTMLElement[] | undefined;
  pageOfElement(element: Element): number | undefined;
  scrollToPage(page: number): void;
  /** Where a page's box begins now (a height in the viewport), rendered or not. */
  pageTop(page: number): number | undefined;
  ensureRendered(page: number): Promise<unknown>;
}

export interface PdfDraft {
  documentKey: string;
  url: string;
  symbol?: string;
  family?: string;
  language?: string;
  title?: string;
  text: PdfText;
  outline: Outline;
}

/** Where each offset of the text comes from: the pages' mapped items, sorted by offset. */
function pagesByOffset(text: PdfText): { starts: number[]; pages: number[] } {
  const entries: Array<[number, number]> = [];
  text.itemStarts.forEach((starts, page) => {
    for (const start of starts) if (start >= 0) entries.push([start, page]);
  });
  entries.sort((a, b) => a[0] - b[0]);
  return { starts: entries.map(([start]) => start), pages: entries.map(([, page]) => page) };
}

/**
 * The annotator's view of a PDF: offsets into the extracted text of all pages, shown through
 * the text layer spans of the pages rendered now. A passage across a page break becomes one
 * range per span, so nothing between the pages (page numbers, footnotes) is painted.
 */
export function pdfPageSource(draft: PdfDraft, view: RenderedPdfPages): PageSource {
  const { text } = draft;
  const units = structuralUnits(draft.outline);
  const search = new SearchText(text.text, units);
  const byOffset = pagesByOffset(text);
  const spanItems = new WeakMap<Element, { page: number; item: number }>();

  const pageAt = (offset: number): number => {
    let low = 0;
    let high = byOffset.starts.length - 1;
    let found = 0;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((byOffset.starts[middle] as number) <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return byOffset.pages[found] ?? 0;
  };

  const spansOf = (page: number) => {
    const spans = view.spansOf(page);
    spans?.forEach((span, item) => {
      spanItems.set(span, { page, item });
    });
    return spans;
  };

  /** Text offset of a selection boundary; `side` says which neighbour a boundary between spans takes. */
  const offsetOfPoint = (node: Node, offset: number, side: 'start' | 'end'): number | undefined => {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    if (!element) return undefined;
    const page = view.pageOfElement(element);
    if (page === undefined) return undefined;
    const spans = spansOf(page) ?? [];
    const own = spanItems.get(element);
    if (own && node.nodeType === Node.TEXT_NODE) {
      const start = text.itemStarts[page]?.[own.item] ?? -1;
      const length = text.itemLengths[page]?.[own.item] ?? 0;
      if (start >= 0) return start + Math.min(offset, length);
    }
    // Between spans, in a span left out, or on the page itself: the nearest mapped span.
    const reference = own?.item ?? indexOfBoundary(spans, node, offset);
    const step = side === 'start' ? 1 : -1;
    for (let item = reference; item >= 0 && item < spans.length; item += step) {
      const start = text.itemStarts[page]?.[item] ?? -1;
      if (start < 0) continue;
      return side === 'start' ? start : start + (text.itemLengths[page]?.[item] ?? 0);
    }
    return undefined;
  };

  return {
    ...draft,
    kind: 'pdf',
    search,
    rangesFromOffsets(start, end) {
      const ranges: Range[] = [];
      for (let page = pageAt(start); page <= pageAt(Math.max(start, end - 1)); page++) {
        const spans = spansOf(page);
        if (!spans) continue;
        spans.forEach((span, item) => {
          const itemStart = text.itemStarts[page]?.[item] ?? -1;
          const length = text.itemLengths[page]?.[item] ?? 0;
          const node = span.firstChild;
          if (itemStart < 0 || !node || itemStart >= end || itemStart + length <= start) return;
          const range = document.createRange();
          range.setStart(node, Math.max(start, itemStart) - itemStart);
          range.setEnd(node, Math.min(end, itemStart + length) - itemStart);
          ranges.push(range);
        });
      }
      return ranges;
    },
    offsetsFromRange(range) {
      const start = offsetOfPoint(range.startContainer, range.startOffset, 'start');
      const end = offsetOfPoint(range.endContainer, range.endOffset, 'end');
      if (start === undefined || end === undefined) return null;
      // A right-to-left line's spans come in drawn order, not reading order: a drag from `1`
      // to `المادة` ends before it starts. The passage is all the text of the spans it covers.
      let from = Math.min(start, end);
      let to = Math.max(start, end);
      const first = view.pageOfElement(range.startContainer.parentElement ?? document.body);
      const last = view.pageOfElement(range.endContainer.parentElement ?? document.body);
      if (first === undefined || last === undefined || start <= end) return { start, end: to };
      for (let page = first; page <= last; page++) {
        spansOf(page)?.forEach((span, item) => {
          const itemStart = text.itemStarts[page]?.[item] ?? -1;
          if (itemStart < 0 || !range.intersectsNode(span)) return;
          const length = text.itemLengths[page]?.[item] ?? 0;
          const inside = (node: Node, offset: number) => (span.contains(node) ? offset : undefined);
          from = Math.min(from, itemStart + (inside(range.startContainer, range.startOffset) ?? 0));
          to = Math.max(to, itemStart + (inside(range.endContainer, range.endOffset) ?? length));
        });
      }
      return { start: from, end: to };
    },
    topOf(offset) {
      const [range] = this.rangesFromOffsets(offset, offset + 1);
      return drawnTop(range) ?? view.pageTop(pageAt(offset));
    },
    async reveal(start) {
      const page = pageAt(start);
      view.scrollToPage(page);
      await view.ensureRendered(page);
    },
  };
}

/** The index of the first span at or after a boundary point that is not inside a span. */
function indexOfBoundary(spans: readonly HTMLElement[], node: Node, offset: number): number {
  const reference = node.childNodes[offset] ?? null;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as HTMLElement;
    if (reference === null) {
      if (
        !node.contains(span) &&
        node.compareDocumentPosition(span) & Node.DOCUMENT_POSITION_FOLLOWING
      )
        return i;
      continue;
    }
    if (reference === span || reference.contains(span)) return i;
    if (reference.compareDocumentPosition(span) & Node.DOCUMENT_POSITION_FOLLOWING) return i;
  }
  return spans.length - 1;
}

/** Whether an event happened in Redline's own UI or the viewer's chrome, not in the pages. */
function outsidePages(event: Event): boolean {
  return event
    .composedPath()
    .some(
      (node) => node instanceof Element && (node.tagName === 'REDLINE-UI' || node.id === 'chrome'),
    );
}

/**
 * The same annotator as on HTML pages (toolbar, editor, highlights, side panel reports), reading
 * the PDF through its page source. The viewer is an extension page, so it is loaded here
 * directly instead of being injected.
 */
export function annotatePdf(source: PageSource): Promise<AnnotatorController> {
  return mountAnnotator(
    prepareAnnotator(),
    () => source,
    (controller) => watchSelections(document, controller, outsidePages),
    // The viewer has React loaded already.
    async (controller, mount) => renderAnnotatorView(controller, mount),
  );
}
