import type { Candidate } from './candidates.ts';
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
  score: number;
}

export function weighEvidence(
  doc: SearchText,
  quote: CollapsedQuote,
  candidate: Candidate,
  expected: Expectation,
): Evidence {
  const text = doc.collapsed;
  const prefixLength = Math.max(quote.prefix.length, 1);
  const suffixLength = Math.max(quote.suffix.length, 1);
  const before = text.slice(Math.max(0, candidate.start - prefixLength), candidate.start);
  const after = text.slice(candidate.end, candidate.end + suffixLength);
  const quoteScore = 1 - candidate.errors / quote.exact.length;
  const prefix = similarity(quote.prefix, before);
  const suffix = similarity(quote.suffix, after);
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
    return (bothSides && placed) || (evidence.errors === 0 && oneSide && unit >= 0.9);
  }
  if (evidence.errors === 0) {
    return (
      bothSides ||
      (oneSide && Math.max(evidence.location, unit) >= 0.8) ||
      (length >= 32 && Math.max(evidence.location, unit) >= 0.95)
    );
  }
  if (evidence.quote < 0.75) return false;
  // An edited quote is only recognised by context that survived on both sides of it.
  return bothSides;
}
