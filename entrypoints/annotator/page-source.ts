import type { SearchText } from '../../utils/anchoring/search-text.ts';
import { readDraftPage } from '../../utils/annotations/draft-page.ts';
import type { DocumentKind } from '../../utils/formats/document.ts';
import type { DraftText } from '../../utils/un/draft-page.ts';
import type { Outline } from '../../utils/un/schemas.ts';

/**
 * What the annotator reads a draft through, whatever shows it: an HTML page or Redline's PDF
 * viewer. Offsets everywhere (anchors, outline, selections) count in `search.original`.
 */
export interface PageSource {
  documentKey: string;
  url: string;
  kind: DocumentKind;
  symbol?: string;
  /** The symbol without its Rev/Add/Corr parts: revisions of one draft share it. */
  family?: string;
  language?: string;
  title?: string;
  search: SearchText;
  outline: Outline;
  /** The DOM ranges showing `start..end` now: none for text not rendered (a PDF page out of view). */
  rangesFromOffsets(start: number, end: number): Range[];
  /** Null when the range lies outside the draft. */
  offsetsFromRange(range: Range): { start: number; end: number } | null;
  /** Makes `start` rendered and in view (a PDF renders its page first). */
  reveal(start: number): Promise<void>;
}

/** The draft of an HTML page, through its text index; `detected` when already read. */
export function htmlPageSource(doc: Document, detected?: DraftText): PageSource {
  const page = readDraftPage(doc, doc.URL, detected);
  return {
    documentKey: page.documentKey,
    url: page.url,
    kind: 'html',
    ...(page.symbol ? { symbol: page.symbol } : {}),
    ...(page.family ? { family: page.family } : {}),
    ...(page.language ? { language: page.language } : {}),
    ...(page.title ? { title: page.title } : {}),
    search: page.search,
    outline: page.outline,
    rangesFromOffsets: (start, end) => [page.index.rangeFromOffsets(start, end)],
    offsetsFromRange: (range) => page.index.offsetsFromRange(range),
    // An HTML page's whole text is always rendered.
    reveal: async () => undefined,
  };
}
