import { runAll, type Steps } from '../scheduling/steps.ts';
import { Alignment, agreeingPairs, type Pair } from './alignment.ts';
import { type Candidate, exactCandidates } from './candidates.ts';
import { expectationOf, placeByEvidence } from './place.ts';
import { type CollapsedQuote, collapseQuote } from './quote.ts';
import { type AnchorResult, originalRange } from './result.ts';
import { SearchText } from './search-text.ts';
import type { PassageSelectors } from './selectors.ts';
import { uniqueInContext } from './settle.ts';
import { leftStandingUnit } from './standing-unit.ts';
import type { StructuralUnit } from './units.ts';
import { VersionPair } from './version-pair.ts';
import { whereChosen } from './where-chosen.ts';

export type { AnchorResult, OrphanReason } from './result.ts';

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
  previous?: SearchText,
): AnchorResult {
  return anchorMany([passage], text, units, previous)[0] as AnchorResult;
}

/**
 * Anchors many passages on one text, sharing its preparation. First the passages whose quote and
 * context stand once in the text; their moves then tell where the others are expected, which
 * decides between repeated phrases and bounds the fuzzy search.
 *
 * With `previous`, the version the passages were chosen in, its passages are carried by what
 * the two versions share (see VersionMap): a passage stays where its words still stand, edited
 * or not, and is only looked for elsewhere when its words left that place; and a place where
 * other words of the earlier version stood is never claimed as where it moved.
 */
export function anchorMany(
  passages: readonly PassageSelectors[],
  text: string | SearchText,
  units: readonly StructuralUnit[] = [],
  previous?: SearchText,
): AnchorResult[] {
  return runAll(anchorManySteps(passages, text, units, previous));
}

/**
 * anchorManySteps for passages made on several versions of the text: those made on a version
 * whose text is in `earlier` (by version) are carried with it, one version at a time; the others
 * together, by their quotes.
 */
export function* anchorOnVersionsSteps(
  passages: readonly PassageSelectors[],
  doc: SearchText,
  earlier: ReadonlyMap<string, SearchText>,
): Steps<AnchorResult[]> {
  const groups = new Map<SearchText | undefined, number[]>();
  passages.forEach((passage, index) => {
    const previous = earlier.get(passage.documentVersion);
    const group = groups.get(previous);
    if (group) group.push(index);
    else groups.set(previous, [index]);
  });
  const results: AnchorResult[] = [];
  for (const [previous, indices] of groups) {
    const placed = yield* anchorManySteps(
      indices.map((index) => passages[index] as PassageSelectors),
      doc,
      [],
      previous,
    );
    indices.forEach((index, k) => {
      results[index] = placed[k] as AnchorResult;
    });
  }
  return results;
}

/** Passages weighed between two pauses of anchorManySteps. */
const PASSAGES_PER_STEP = 20;

/** anchorMany in steps, pausing every few passages (see utils/scheduling). */
export function* anchorManySteps(
  passages: readonly PassageSelectors[],
  text: string | SearchText,
  units: readonly StructuralUnit[] = [],
  previous?: SearchText,
): Steps<AnchorResult[]> {
  const doc = typeof text === 'string' ? new SearchText(text, units) : text;
  const results: AnchorResult[] = [];
  const pending: Attempt[] = [];
  const settled: Array<Attempt & { oldStart: number; newStart: number }> = [];
  const versions =
    previous && previous.version !== doc.version ? new VersionPair(previous, doc) : undefined;

  for (const [index, passage] of passages.entries()) {
    if (index % PASSAGES_PER_STEP === PASSAGES_PER_STEP - 1) yield;
    const quote = collapseQuote(passage.quote);
    if (quote.exact.length === 0) {
      results[index] = { status: 'orphan', reason: 'empty quote' };
      continue;
    }
    const chosenHere = whereChosen(passage, doc.original, doc.version);
    if (chosenHere) {
      results[index] = { status: 'exact', ...chosenHere };
      continue;
    }
    const start = passage.position?.start ?? -1;
    const carried = versions?.carry(passage, quote);
    if (carried) {
      results[index] = carried;
      continue;
    }
    if (versions?.knows(passage)) {
      pending.push({ index, quote, occurrences: exactCandidates(doc, quote) });
      continue;
    }
    const occurrences = exactCandidates(doc, quote);
    const unique = uniqueInContext(doc, quote, occurrences);
    if (unique && !leftStandingUnit(doc, quote, passage.structure, unique)) {
      const range = originalRange(doc, quote, unique);
      results[index] = { status: 'exact', ...range };
      settled.push({ index, quote, occurrences, oldStart: start, newStart: range.start });
      continue;
    }
    pending.push({ index, quote, occurrences });
  }

  const { agreeing, doubtful } = agreeingPairs(settled);
  const known = versions ? [...agreeing, ...versions.pairs()] : agreeing;
  const placed = yield* place(
    doc,
    passages,
    [...pending, ...doubtful],
    new Alignment(known),
    results,
  );
  if (versions) {
    // A place found for words that left their own place is only theirs if no other words of
    // the earlier version stood there: else it is a copy of the words, and theirs are deleted.
    for (const { index, quote } of pending) {
      const result = results[index] as AnchorResult;
      const passage = passages[index] as PassageSelectors;
      if (result.status !== 'orphan' && versions.heldOtherWords(passage, quote, result)) {
        results[index] = { status: 'orphan', reason: 'deleted in this version' };
      }
    }
    return results;
  }
  // Once most passages are placed, their neighbours' moves are known closely: the orphans of
  // the first round get a second look with that denser alignment.
  const orphans = [...pending, ...doubtful].filter(
    ({ index }) => results[index]?.status === 'orphan',
  );
  if (orphans.length > 0 && placed.length > 0) {
    const denser = agreeingPairs([...agreeing, ...placed]).agreeing;
    yield* place(doc, passages, orphans, new Alignment(denser), results);
  }
  return results;
}

/** Places each attempt by the evidence, writing into `results`; returns the placed passages' moves. */
function* place(
  doc: SearchText,
  passages: readonly PassageSelectors[],
  attempts: readonly Attempt[],
  alignment: Alignment,
  results: AnchorResult[],
): Steps<Pair[]> {
  const moves: Pair[] = [];
  for (const [n, { index, quote, occurrences }] of attempts.entries()) {
    if (n % PASSAGES_PER_STEP === PASSAGES_PER_STEP - 1) yield;
    const passage = passages[index] as PassageSelectors;
    const result = placeByEvidence(doc, quote, occurrences, expectationOf(doc, passage, alignment));
    results[index] = result;
    if (result.status !== 'orphan' && passage.position) {
      moves.push({ oldStart: passage.position.start, newStart: result.start });
    }
  }
  return moves;
}
