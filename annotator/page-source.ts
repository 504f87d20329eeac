import type { SearchText } from '../utils/anchoring/search-text.ts';
import type { DocumentKind } from '../utils/formats/document.ts';
import type { Outline } from '../utils/un/schemas.ts';

/** The top of the first box a range is drawn in; undefined when it is not drawn (hidden text). */
export function drawnTop(range: Range | undefined): number | undefined {
  const box = range?.getClientRects()[0];
  return box && (box.width > 0 || box.height > 0) ? box.top : undefined;
}

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
  /**
   * Where the text at `offset` is drawn now (a height in the viewport); for a PDF page not
   * rendered, where its page begins. Undefined when it is not drawn at all.
   */
  topOf(offset: number): number | undefined;
  /** Makes `start` rendered and in view (a PDF renders its page first). */
  reveal(start: number): Promise<void>;
}
