import { Alignment, agreeingPairs, type Pair } from './alignment.ts';
import { type Candidate, exactCandidates } from './candidates.ts';
import { expectationOf, placeByEvidence } from './place.ts';
import { type CollapsedQuote, collapseQuote } from './quote.ts';
import { type AnchorResult, originalRange } from './result.ts';
import { SearchText } from './search-text.ts';
import type { PassageSelectors } from './selectors.ts';
import { uniqueInContext } from './settle.ts';
import type { StructuralUnit } from './units.ts';

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
    const { start, end } = passage.position ?? { start: -1, end: -1 };
    if (
      start >= 0 &&
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
  const placed = place(doc, passages, [...pending, ...doubtful], new Alignment(agreeing), results);
  // Once most passages are placed, their neighbours' moves are known closely: the orphans of
  // the first round get a second look with that denser alignment.
  const orphans = [...pending, ...doubtful].filter(
    ({ index }) => results[index]?.status === 'orphan',
  );
  if (orphans.length > 0 && placed.length > 0) {
    const denser = agreeingPairs([...agreeing, ...placed]).agreeing;
    place(doc, passages, orphans, new Alignment(denser), results);
  }
  return results;
}

/** Places each attempt by the evidence, writing into `results`; returns the placed passages' moves. */
function place(
  doc: SearchText,
  passages: readonly PassageSelectors[],
  attempts: readonly Attempt[],
  alignment: Alignment,
  results: AnchorResult[],
): Pair[] {
  const moves: Pair[] = [];
  for (const { index, quote, occurrences } of attempts) {
    const passage = passages[index] as PassageSelectors;
    const result = placeByEvidence(doc, quote, occurrences, expectationOf(doc, passage, alignment));
    results[index] = result;
    if (result.status !== 'orphan' && passage.position) {
      moves.push({ oldStart: passage.position.start, newStart: result.start });
    }
  }
  return moves;
}
