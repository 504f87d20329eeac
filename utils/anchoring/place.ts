import type { Alignment } from './alignment.ts';
import { type Candidate, fuzzyCandidates } from './candidates.ts';
import { contextFrames, type Frame, isClosedUp } from './context-frames.ts';
import {
  contextAgrees,
  type Evidence,
  type Expectation,
  isConvincing,
  weighEvidence,
} from './evidence.ts';
import { fitToContext } from './fit.ts';
import type { CollapsedQuote } from './quote.ts';
import { type AnchorResult, type OrphanReason, toResult } from './result.ts';
import type { SearchText } from './search-text.ts';
import type { PassageSelectors } from './selectors.ts';
import { closestByContext } from './settle.ts';
import { leftStandingUnit, standingUnit } from './standing-unit.ts';
import { keepsWordEdges, wordEdgesOf } from './word-edges.ts';

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
  const unit = standingUnit(doc, structure);
  if (!structure || !unit) return { starts, lostAround };
  const length = unit.end - unit.start;
  const unitStart = unit.start + Math.min(structure.offset, length);
  return { starts: [...starts, unitStart], lostAround, structure };
}

/**
 * Places a passage that did not settle on its quote and context alone: weighs the occurrences
 * most like it and those nearest where it is expected, then approximate matches near there.
 * A place so chosen is refused when the passage's own provision still stands without it, or
 * when its context closed up where it stood: the words found are then other words, or a copy.
 */
export function placeByEvidence(
  doc: SearchText,
  quote: CollapsedQuote,
  occurrences: Candidate[],
  expected: Expectation,
): AnchorResult {
  return toResult(doc, quote, chooseByEvidence(doc, quote, occurrences, expected));
}

function chooseByEvidence(
  doc: SearchText,
  quote: CollapsedQuote,
  occurrences: Candidate[],
  expected: Expectation,
): Evidence | OrphanReason {
  const looked = new Set([
    ...closestByContext(doc, quote, occurrences),
    ...closestByPlace(doc, occurrences, expected),
  ]);
  const exact = [...looked].map((candidate) => weighEvidence(doc, quote, candidate, expected));
  const exactChoice = choose(exact);
  const near = typeof exactChoice === 'object' && exactChoice.location >= NEAR;
  if (exactChoice === 'ambiguous' || near) return ownPlace(doc, quote, exactChoice, expected);

  const fuzzy = fuzzyNear(doc, quote, occurrences, expected);
  if (typeof exactChoice === 'object') {
    const copied = ownPlace(doc, quote, exactChoice, expected);
    if (copied !== exactChoice) return copied;
    // The words stand unchanged far away, and edited where the passage was: a moved paragraph
    // or a copy of the old words elsewhere, which the evidence cannot tell apart.
    const editedInPlace = fuzzy.some(isConvincing) || contextStaysNear(doc, quote, expected);
    return editedInPlace ? 'ambiguous' : exactChoice;
  }
  return ownPlace(doc, quote, choose([...exact, ...fuzzy]), expected);
}

/**
 * The place chosen, unless the text shows the passage's own place lost its words: its provision
 * still stands without them, or its context closed up where it stood. The words found are then
 * other words, or a copy.
 */
function ownPlace(
  doc: SearchText,
  quote: CollapsedQuote,
  choice: Evidence | OrphanReason,
  expected: Expectation,
): Evidence | OrphanReason {
  if (typeof choice === 'string') return choice;
  if (leftStandingUnit(doc, quote, expected.structure, choice)) return 'only in another provision';
  if (!contextAgrees(choice) && contextClosedUp(doc, quote, expected)) {
    return 'deleted in this version';
  }
  return choice;
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

/** The places within reach of where the passage is expected still framed by its context. */
function framesNear(doc: SearchText, quote: CollapsedQuote, expected: Expectation): Frame[] {
  return expected.starts.flatMap((start) => {
    const at = doc.collapsedOffset(start);
    const to = at + quote.exact.length + FUZZY_REACH;
    return contextFrames(doc.collapsed, quote, at - FUZZY_REACH, to);
  });
}

/** Whether the passage's context still stands where it was expected: it was edited there, not moved. */
function contextStaysNear(doc: SearchText, quote: CollapsedQuote, expected: Expectation): boolean {
  return framesNear(doc, quote, expected).length > 0;
}

/**
 * Whether the passage's context closed up where it was expected ("… would be [a criminal
 * offence under] the domestic law …" now reads "… would be the domestic law …"): its words were
 * cut there, and the same words nearby are another passage's.
 */
function contextClosedUp(doc: SearchText, quote: CollapsedQuote, expected: Expectation): boolean {
  return framesNear(doc, quote, expected).some((frame) => isClosedUp(doc.collapsed, frame));
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
  const edges = wordEdgesOf(quote);
  const weighed: Evidence[] = [];
  for (const match of fuzzyCandidates(
    doc.collapsed,
    quote.exact,
    windows,
    occurrences,
    maxErrors,
  )) {
    const candidate = fitToContext(doc.collapsed, quote, match, maxErrors);
    // The words unchanged, but inside longer words: not the passage (see exactCandidates).
    if (candidate.errors === 0 && !keepsWordEdges(doc.collapsed, candidate, edges)) continue;
    weighed.push(weighEvidence(doc, quote, candidate, expected));
  }
  return weighed;
}

/**
 * The best convincing place, unless another place scores nearly as well: a rival need not be
 * convincing itself to show that the evidence does not single out one place.
 */
function choose(weighed: Evidence[]): Evidence | 'ambiguous' | 'not found' {
  const ranked = [...weighed].sort((a, b) => b.score - a.score);
  const best = ranked.find(isConvincing);
  if (!best) return 'not found';
  const rival = ranked.find(
    (other) => other !== best && (other.end <= best.start || other.start >= best.end),
  );
  if (rival && rival.score > best.score - AMBIGUITY_MARGIN) return 'ambiguous';
  return best;
}
