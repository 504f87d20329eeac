import { createCustomHighlightPainter, supportsCustomHighlights } from './custom-highlights.ts';
import { flashRange } from './flash.ts';
import type { HighlightPainter } from './types.ts';
import { createWrappingPainter } from './wrapping.ts';

export type { HighlightPainter, PaintedHighlight } from './types.ts';

/** The best painter the page's browser supports. */
export function createPainter(doc: Document = document): HighlightPainter {
  const flash = (range: Range) => flashRange(doc, range);
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return win && supportsCustomHighlights(win)
    ? createCustomHighlightPainter(doc, flash)
    : createWrappingPainter(doc, flash);
}
