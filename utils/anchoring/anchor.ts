import { Alignment, agreeingPairs } from './alignment.ts';
import { type Candidate, exactCandidates, fuzzyCandidates } from './candidates.ts';
import {
  contextAgrees,
  contextGlance,
  contextHalfAgrees,
  type Evidence,
  type Expectation,
  isConvincing,
  SHORT_QUOTE,
  weighEvidence,
} from './evidence.ts';
import { type CollapsedQuote, collapseQuote } from './quote.ts';
import { SearchText } from './search-text.ts';
import type { PassageSelectors } from './selectors.ts';
import type { StructuralUnit } from './units.ts';
import { isWhitespaceCode } from './whitespace.ts';

export type OrphanReason = 'empty quote' | 'not found' | 'ambiguous';

export type AnchorResult =
  | { status: 'exact'; start: number; end: number }
  | { status: 'fuzzy'; start: number; end: number; score: number }
  | { status: 'orphan'; reason: OrphanReason };

/** How many of a phrase's occurrences get a full look, chosen by context and by place. */
const CLOSE_LOOKS = 6;
/** Two places whose scores differ by less than this are equally likely: orphan, not a guess. */
const AMBIGUITY_MARGIN = 0.03;
/** Fuzzy search reaches this far (collapsed characters) around each expected position. */
const FUZZY_REACH = 1000;
const MAX_ERROR_RATE = 0.25;
/** Location evidence at least this strong puts a candidate where the passage was expected. */
const NEAR = 0.5;

/** A passage still to be placed: its collapsed quote and where the quote stands exactly. */
interface Attempt {
  index: number;
  quote: CollapsedQuote;
  occurrences: Candidate[];
}

export function anchor(
  passage: PassageSelectors,
  text: string | SearchText,
  units: readonly StructuralUnit[] = [],
): AnchorResult {
  return anchorMany([passage], text, units)[0] as AnchorResult;
}

/**
 * Anchors many passages on one text, sharing its preparation. First the passages whose quote and
 * context stand once in the text; their moves then tell where the others are expected, which
 * decides between repeated phrases and bounds the fuzzy search.
 */
export function anchorMany(
  passages: readonly PassageSelectors[],
  text: string | SearchText,
  units: readonly StructuralUnit[] = [],
): AnchorResult[] {
  const doc = typeof text === 'string' ? new SearchText(text, units) : text;
  const results: AnchorResult[] = [];
  const pending: Attempt[] = [];
  const settled: Array<Attempt & { oldStart: number; newStart: number }> = [];

  passages.forEach((passage, index) => {
    const quote = collapseQuote(passage.quote);
    if (quote.exact.length === 0) {
      results[index] = { status: 'orphan', reason: 'empty quote' };
      return;
    }
    const { start, end } = passage.position;
    if (
      passage.documentVersion === doc.version &&
      doc.original.slice(start, end) === passage.quote.exact
    ) {
      results[index] = { status: 'exact', start, end };
      return;
    }
    const occurrences = exactCandidates(doc.occurrences, quote.exact);
    const unique = uniqueInContext(doc, quote, occurrences);
    if (unique) {
      const range = originalRange(doc, quote, unique);
      results[index] = { status: 'exact', ...range };
      settled.push({ index, quote, occurrences, oldStart: start, newStart: range.start });
      return;
    }
    pending.push({ index, quote, occurrences });
  });

  const { agreeing, doubtful } = agreeingPairs(settled);
  const alignment = new Alignment(agreeing);
  for (const { index, quote, occurrences } of [...pending, ...doubtful]) {
    const passage = passages[index] as PassageSelectors;
    const expected = expectationOf(doc, passage, alignment);
    results[index] = placeByEvidence(doc, quote, occurrences, expected);
  }
  return results;
}

/**
 * The one occurrence whose both sides of context agree, if exactly one does. A short quote must
 * also be the only one with even one side agreeing: its own context may have been edited while
 * a copy of the old context stands elsewhere. (A longer quote settled on such a copy is caught
 * later, as its move disagrees with its neighbours'.)
 */
function uniqueInContext(
  doc: SearchText,
  quote: CollapsedQuote,
  occurrences: Candidate[],
): Candidate | undefined {
  const looked = closestByContext(doc, quote, occurrences);
  const weighed = looked.map((candidate) => weighEvidence(doc, quote, candidate, { starts: [] }));
  const agreeing = weighed.filter(contextAgrees);
  const rivals = quote.exact.length < SHORT_QUOTE ? weighed.filter(contextHalfAgrees) : agreeing;
  const sawAll = looked.length === occurrences.length || rivals.length < looked.length;
  return agreeing.length === 1 && rivals.length === 1 && sawAll ? agreeing[0] : undefined;
}

function closestByContext(doc: SearchText, quote: CollapsedQuote, occurrences: Candidate[]) {
  if (occurrences.length <= CLOSE_LOOKS) return occurrences;
  // A running top few, since a common phrase can stand thousands of times.
  const best: Array<{ candidate: Candidate; glance: number }> = [];
  for (const candidate of occurrences) {
    const glance = contextGlance(doc.collapsed, quote, candidate);
    if (best.length === CLOSE_LOOKS && glance <= (best[CLOSE_LOOKS - 1]?.glance ?? 0)) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.glance ?? 0) < glance) at--;
    best.splice(at, 0, { candidate, glance });
    if (best.length > CLOSE_LOOKS) best.pop();
  }
  return best.map(({ candidate }) => candidate);
}

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

/** Where the passage should start now: by its neighbours' moves, and by its unit. */
function expectationOf(
  doc: SearchText,
  passage: PassageSelectors,
  alignment: Alignment,
): Expectation {
  const starts = alignment.expectedStarts(passage.position.start);
  const structure = passage.structure;
  const unit = structure && doc.units.byAddress(structure.address);
  if (!structure || !unit) return { starts };
  // A renumbered draft reuses addresses for other units; a unit of another size is not the same.
  const length = unit.end - unit.start;
  if (Math.abs(length - structure.unitLength) > 0.25 * structure.unitLength + 16) return { starts };
  return { starts: [...starts, unit.start + Math.min(structure.offset, length)], structure };
}

function placeByEvidence(
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
    (candidate) => weighEvidence(doc, quote, candidate, expected),
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

function toResult(
  doc: SearchText,
  quote: CollapsedQuote,
  choice: Evidence | 'ambiguous' | 'none',
): AnchorResult {
  if (choice === 'none') return { status: 'orphan', reason: 'not found' };
  if (choice === 'ambiguous') return { status: 'orphan', reason: 'ambiguous' };
  const range = originalRange(doc, quote, choice);
  if (choice.errors === 0) return { status: 'exact', ...range };
  return { status: 'fuzzy', ...range, score: Math.round(choice.score * 1000) / 1000 };
}

/** Maps a collapsed match back, giving the quote back the outer whitespace it was chosen with. */
function originalRange(doc: SearchText, quote: CollapsedQuote, match: Candidate) {
  let start = doc.originalOffset(match.start);
  let end = doc.originalEnd(match.end);
  const text = doc.original;
  for (
    let n = 0;
    n < quote.leadingSpace && start > 0 && isWhitespaceCode(text.charCodeAt(start - 1));
    n++
  )
    start--;
  for (
    let n = 0;
    n < quote.trailingSpace && end < text.length && isWhitespaceCode(text.charCodeAt(end));
    n++
  )
    end++;
  return { start, end };
}
