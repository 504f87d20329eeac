import type { Alignment } from './alignment.ts';
import { type Candidate, fuzzyCandidates } from './candidates.ts';
import { type Evidence, type Expectation, isConvincing, weighEvidence } from './evidence.ts';
import { fitToContext } from './fit.ts';
import type { CollapsedQuote } from './quote.ts';
import { type AnchorResult, toResult } from './result.ts';
import type { SearchText } from './search-text.ts';
import type { PassageSelectors } from './selectors.ts';
import { closestByContext } from './settle.ts';

/** Two places whose scores differ by less than this are equally likely: orphan, not a guess. */
const AMBIGUITY_MARGIN = 0.03;
/** Fuzzy search reaches this far (collapsed characters) around each expected position. */
const FUZZY_REACH = 1000;
const MAX_ERROR_RATE = 0.25;
/** Location evidence at least this strong puts a candidate where the passage was expected. */
const NEAR = 0.5;

/** Where the passage should start now: by its neighbours' moves, and by its unit. */
export function expectationOf(
  doc: SearchText,
  passage: PassageSelectors,
  alignment: Alignment,
): Expectation {
  // A passage known only by its quote (another tool's file) has no place to be expected at.
  const starts = passage.position ? alignment.expectedStarts(passage.position.start) : [];
  const lostAround = passage.position && alignment.lostAround(passage.position.start);
  const structure = passage.structure;
  const unit = structure && doc.units.byAddress(structure.address);
  if (!structure || !unit) return { starts, lostAround };
  // A renumbered draft reuses addresses for other units; a unit of another size is not the same.
  const length = unit.end - unit.start;
  if (Math.abs(length - structure.unitLength) > 0.25 * structure.unitLength + 16) {
    return { starts, lostAround };
  }
  const unitStart = unit.start + Math.min(structure.offset, length);
  return { starts: [...starts, unitStart], lostAround, structure };
}

/**
 * Places a passage that did not settle on its quote and context alone: weighs the occurrences
 * most like it and those nearest where it is expected, then approximate matches near there.
 */
export function placeByEvidence(
  doc: SearchText,
  quote: CollapsedQuote,
  occurrences: Candidate[],
  expected: Expectation,
): AnchorResult {
  const looked = new Set([
    ...closestByContext(doc, quote, occurrences),
    ...closestByPlace(doc, occurrences, expected),
  ]);
  const exact = [...looked].map((candidate) => weighEvidence(doc, quote, candidate, expected));
  const exactChoice = choose(exact);
  const near = typeof exactChoice === 'object' && exactChoice.location >= NEAR;
  if (exactChoice === 'ambiguous' || near) return toResult(doc, quote, exactChoice);

  const fuzzy = fuzzyNear(doc, quote, occurrences, expected);
  if (typeof exactChoice === 'object') {
    // The words stand unchanged far away, and edited where the passage was: a moved paragraph
    // or a copy of the old words elsewhere, which the evidence cannot tell apart.
    const editedInPlace = fuzzy.some(isConvincing) || contextStaysNear(doc, quote, expected);
    return toResult(doc, quote, editedInPlace ? 'ambiguous' : exactChoice);
  }
  return toResult(doc, quote, choose([...exact, ...fuzzy]));
}

/** The occurrences just before and after each expected start. */
function closestByPlace(doc: SearchText, occurrences: Candidate[], expected: Expectation) {
  const chosen = new Set<Candidate>();
  for (const start of expected.starts) {
    const collapsed = doc.collapsedOffset(start);
    let low = 0;
    let high = occurrences.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((occurrences[middle] as Candidate).start < collapsed) low = middle + 1;
      else high = middle;
    }
    for (let i = Math.max(0, low - 2); i < Math.min(occurrences.length, low + 2); i++) {
      chosen.add(occurrences[i] as Candidate);
    }
  }
  return chosen;
}

/** Context this long on each side, still standing where expected, shows the passage stayed. */
const CONTEXT_PROBE = 16;

/**
 * Whether the passage's context still stands where the passage was expected, around a stretch of
 * about the quote's length: then the passage was edited there, not moved away.
 */
function contextStaysNear(doc: SearchText, quote: CollapsedQuote, expected: Expectation): boolean {
  const before = quote.prefix.slice(-CONTEXT_PROBE);
  const after = quote.suffix.slice(0, CONTEXT_PROBE);
  if (before.length < CONTEXT_PROBE || after.length < CONTEXT_PROBE) return false;
  return expected.starts.some((start) => {
    const from = Math.max(0, doc.collapsedOffset(start) - FUZZY_REACH);
    const window = doc.collapsed.slice(from, from + 2 * FUZZY_REACH + 2 * quote.exact.length);
    for (let at = window.indexOf(before); at !== -1; at = window.indexOf(before, at + 1)) {
      const end = window.indexOf(after, at + before.length);
      if (end !== -1 && end - at <= 2 * quote.exact.length + CONTEXT_PROBE) return true;
    }
    return false;
  });
}

/** Approximate matches around the places the passage is expected. */
function fuzzyNear(
  doc: SearchText,
  quote: CollapsedQuote,
  occurrences: Candidate[],
  expected: Expectation,
): Evidence[] {
  const windows = expected.starts.map((start): [number, number] => {
    const collapsed = doc.collapsedOffset(start);
    return [collapsed - FUZZY_REACH, collapsed + quote.exact.length + FUZZY_REACH];
  });
  const maxErrors = Math.floor(quote.exact.length * MAX_ERROR_RATE);
  return fuzzyCandidates(doc.collapsed, quote.exact, windows, occurrences, maxErrors).map(
    (candidate) =>
      weighEvidence(doc, quote, fitToContext(doc.collapsed, quote, candidate, maxErrors), expected),
  );
}

/**
 * The best convincing place, unless another place scores nearly as well: a rival need not be
 * convincing itself to show that the evidence does not single out one place.
 */
function choose(weighed: Evidence[]): Evidence | 'ambiguous' | 'none' {
  const ranked = [...weighed].sort((a, b) => b.score - a.score);
  const best = ranked.find(isConvincing);
  if (!best) return 'none';
  const rival = ranked.find(
    (other) => other !== best && (other.end <= best.start || other.start >= best.end),
  );
  if (rival && rival.score > best.score - AMBIGUITY_MARGIN) return 'ambiguous';
  return best;
}
