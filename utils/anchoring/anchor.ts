import { Alignment, agreeingPairs } from './alignment.ts';
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
