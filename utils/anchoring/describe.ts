import type { SearchText } from './search-text.ts';
import type { PassageSelectors, StructuralSelector } from './selectors.ts';
import type { TextIndex } from './text-index.ts';

/** Context kept on each side of a quote, as DESIGN.md fixes it. */
export const CONTEXT_LENGTH = 32;

/** The selectors for the passage at `start`..`end` (original offsets) of a prepared text. */
export function describePassage(doc: SearchText, start: number, end: number): PassageSelectors {
  const text = doc.original;
  if (start < 0 || end < start || end > text.length) {
    throw new RangeError(`passage ${start}..${end} is outside a text of ${text.length} characters`);
  }
  const structure = structuralSelector(doc, start);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
    ...(structure ? { structure } : {}),
    documentVersion: doc.version,
  };
}

/**
 * The selectors for a DOM range (the user's selection) on a page whose text index `doc` was
 * prepared from; null when the range lies outside the indexed content or holds no text.
 */
export function describeRange(
  doc: SearchText,
  index: TextIndex,
  range: Range,
): PassageSelectors | null {
  const offsets = index.offsetsFromRange(range);
  if (!offsets || offsets.end === offsets.start) return null;
  return describePassage(doc, offsets.start, offsets.end);
}

function structuralSelector(doc: SearchText, start: number): StructuralSelector | undefined {
  const unit = doc.units.at(start);
  if (!unit) return undefined;
  return {
    type: 'StructuralSelector',
    address: unit.address,
    offset: start - unit.start,
    unitLength: unit.end - unit.start,
  };
}
