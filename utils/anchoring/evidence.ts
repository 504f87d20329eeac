import type { Candidate } from './candidates.ts';
import { stopsShort } from './fit.ts';
import { bareAfter, bareBefore, withoutNotes } from './notes.ts';
import type { CollapsedQuote } from './quote.ts';
import type { SearchText } from './search-text.ts';
import type { StructuralSelector } from './selectors.ts';
import { similarity } from './similarity.ts';

/** How far (original characters) from an expected position a candidate still counts as near. */
const LOCATION_RADIUS = 1000;
/** How far from its old offset inside the same unit a candidate still sits at the same place. */
const UNIT_RADIUS = 100;

/** Where the passage is expected: starts from its neighbours' moves, and its old unit. */
export interface Expectation {
  starts: readonly number[];
  /** What the text between its placed neighbours lost (see Alignment.lostAround). */
  lostAround?: number | undefined;
  /** Only when the new text has a unit at that address that can be the same unit. */
  structure?: StructuralSelector;
}

/**
 * Each piece of evidence in [0, 1]; `score` weighs quote and context as Hypothesis does, plus
 * nearness to the expected start and, when the passage's unit is known, the place in that unit.
 */
export interface Evidence extends Candidate {
  quoteLength: number;
  quote: number;
  prefix: number;
  suffix: number;
  location: number;
  unit: number | undefined;
  /** What the text between its placed neighbours lost; infinite without a neighbour each side. */
  lostAround: number;
  /** The old context of the side that disagrees stands further off (see `stopsShort`). */
  stopsShort: boolean;
  score: number;
}

export function weighEvidence(
  doc: SearchText,
  quote: CollapsedQuote,
  candidate: Candidate,
  expected: Expectation,
): Evidence {
  const text = doc.collapsed;
  const quotePrefix = withoutNotes(quote.prefix);
  const quoteSuffix = withoutNotes(quote.suffix);
  const before = bareBefore(text, candidate.start, Math.max(quotePrefix.length, 1));
  const after = bareAfter(text, candidate.end, Math.max(quoteSuffix.length, 1));
  const quoteScore = 1 - candidate.errors / quote.exact.length;
  const prefix = similarity(quotePrefix, before);
  const suffix = similarity(quoteSuffix, after);
  const originalStart = doc.originalOffset(candidate.start);
  const location = locationAgreement(originalStart, expected.starts);
  const unit = expected.structure && unitAgreement(doc, originalStart, expected.structure);
  const weighed = 50 * quoteScore + 20 * prefix + 20 * suffix + 20 * location;
  return {
    start: candidate.start,
    end: candidate.end,
    errors: candidate.errors,
    quoteLength: quote.exact.length,
    quote: quoteScore,
    prefix,
    suffix,
    location,
    unit,
    lostAround: expected.lostAround ?? Number.POSITIVE_INFINITY,
    // Only one agreeing side of context ever asks whether the other was pushed off.
    stopsShort: prefix >= AGREES !== suffix >= AGREES && stopsShort(text, quote, candidate),
    score: unit === undefined ? weighed / 110 : (weighed + 20 * unit) / 130,
  };
}

function unitAgreement(doc: SearchText, start: number, structure: StructuralSelector): number {
  const unit = doc.units.at(start);
  if (unit?.address !== structure.address) return 0;
  return Math.max(0, 1 - Math.abs(start - unit.start - structure.offset) / UNIT_RADIUS);
}

export function locationAgreement(start: number, expectedStarts: readonly number[]): number {
  let best = 0;
  for (const expected of expectedStarts) {
    best = Math.max(best, 1 - Math.abs(start - expected) / LOCATION_RADIUS);
  }
  return best;
}

/**
 * A cheap first look at the context, to choose which of many occurrences deserve a real one: how
 * many characters next to the candidate equal the prefix's end and the suffix's start.
 */
export function contextGlance(text: string, quote: CollapsedQuote, candidate: Candidate): number {
  const { prefix, suffix } = quote;
  let before = 0;
  while (
    before < prefix.length &&
    before < candidate.start &&
    text.charCodeAt(candidate.start - 1 - before) === prefix.charCodeAt(prefix.length - 1 - before)
  )
    before++;
  let after = 0;
  while (
    after < suffix.length &&
    text.charCodeAt(candidate.end + after) === suffix.charCodeAt(after)
  )
    after++;
  return before + after;
}

export const SHORT_QUOTE = 20;
const AGREES = 0.8;
/** Less text than this cut around a short quote is a phrase edited, not a paragraph cut. */
const SHORT_CUT = 32;
/** An edited quote with one side of context must still match this closely. */
const MOSTLY = 0.9;

export function contextAgrees(evidence: Evidence): boolean {
  return evidence.prefix >= AGREES && evidence.suffix >= AGREES;
}

export function contextHalfAgrees(evidence: Evidence): boolean {
  return Math.max(evidence.prefix, evidence.suffix) >= AGREES;
}

/**
 * Whether the evidence is enough to place the passage here. The rules answer the ways matchers
 * go wrong on real revisions: the same words elsewhere (context must agree, or the place must
 * be where the passage was expected), a short quote whose prefix happens to recur (both sides
 * of context and the place must agree), a different sentence sharing some words (the quote
 * itself must mostly match, and its context too).
 */
export function isConvincing(evidence: Evidence): boolean {
  const bothSides = contextAgrees(evidence);
  const oneSide = contextHalfAgrees(evidence);
  const length = evidence.quoteLength;
  const unit = evidence.unit ?? 0;
  if (length < SHORT_QUOTE) {
    const placed = evidence.location >= (evidence.errors === 0 ? 0.5 : 0.8);
    // Where its neighbours put it, in its unit, one side of context is enough, unless so much
    // was cut around that this may be the same word in the next paragraph, renumbered, or the
    // other side was pushed off by words inserted at the passage's edge.
    const inPlace =
      unit >= 0.9 ||
      (unit > 0 &&
        evidence.location >= 0.98 &&
        evidence.lostAround < SHORT_CUT &&
        !evidence.stopsShort);
    return (bothSides && placed) || (evidence.errors === 0 && oneSide && inPlace);
  }
  if (evidence.errors === 0) {
    return (
      bothSides ||
      (oneSide && Math.max(evidence.location, unit) >= 0.8) ||
      (length >= 32 && Math.max(evidence.location, unit) >= 0.95)
    );
  }
  if (evidence.quote < 0.75) return false;
  // An edited quote is recognised by context that survived on both sides of it; or, when an edit
  // beside it took one side (a new heading, a renumbered paragraph), by the other side, its
  // words mostly standing, and its place. A passage cut whole can leave a near-copy of its words
  // just there, context on one side included: the text around must not have lost that much. And
  // the side that disagrees must be gone, not pushed off by words inserted inside the passage.
  return (
    bothSides ||
    (oneSide &&
      evidence.quote >= MOSTLY &&
      Math.max(evidence.location, unit) >= 0.95 &&
      evidence.lostAround < length / 2 &&
      !evidence.stopsShort)
  );
}
