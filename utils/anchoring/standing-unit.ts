import type { Candidate } from './candidates.ts';
import { contextFrames, type Frame } from './context-frames.ts';
import type { CollapsedQuote } from './quote.ts';
import type { SearchText } from './search-text.ts';
import type { StructuralSelector } from './selectors.ts';
import type { StructuralUnit } from './units.ts';

/**
 * The unit a passage was chosen in, as it stands in this text: at the same address and of a
 * size it can still have. A renumbered draft reuses addresses for other units, of other sizes.
 */
export function standingUnit(
  doc: SearchText,
  structure: StructuralSelector | undefined,
): StructuralUnit | undefined {
  const unit = structure && doc.units.byAddress(structure.address);
  if (!structure || !unit) return undefined;
  const length = unit.end - unit.start;
  return Math.abs(length - structure.unitLength) > 0.25 * structure.unitLength + 16
    ? undefined
    : unit;
}

/**
 * Whether a place lies outside the passage's unit while that unit still stands, its context
 * still framing a place in it: the words were edited or cut there. The same words found in
 * another provision are then another passage's, as far as anyone can tell without the version
 * they were chosen in ("to prejudice the rights of bona fide third parties" closes two articles
 * of the UNTOC).
 */
export function leftStandingUnit(
  doc: SearchText,
  quote: CollapsedQuote,
  structure: StructuralSelector | undefined,
  candidate: Candidate,
): boolean {
  const unit = standingUnit(doc, structure);
  if (!unit) return false;
  const start = doc.originalOffset(candidate.start);
  if (start >= unit.start && start < unit.end) return false;
  const from = doc.collapsedOffset(unit.start);
  const to = doc.collapsedOffset(unit.end);
  // The place itself may be framed, just past the unit's end (an article's renumbered heading).
  const elsewhere = (frame: Frame) =>
    frame.start < to && (frame.end <= candidate.start || frame.start >= candidate.end);
  return (
    contextFrames(doc.collapsed, quote, from, to).some(elsewhere) ||
    contextFrames(doc.collapsed, quote, from, to, true).some(elsewhere)
  );
}
