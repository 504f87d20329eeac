import type { Candidate } from './candidates.ts';
import {
  contextAgrees,
  contextGlance,
  contextHalfAgrees,
  SHORT_QUOTE,
  weighEvidence,
} from './evidence.ts';
import type { CollapsedQuote } from './quote.ts';
import type { SearchText } from './search-text.ts';

/** How many of a phrase's occurrences get a full look by their context. */
const CLOSE_LOOKS = 6;

/**
 * The one occurrence whose both sides of context agree, if exactly one does. A short quote must
 * also be the only one with even one side agreeing: its own context may have been edited while
 * a copy of the old context stands elsewhere. (A longer quote settled on such a copy is caught
 * later, as its move disagrees with its neighbours'.)
 */
export function uniqueInContext(
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

/** The few occurrences whose surroundings look most like the passage's context. */
export function closestByContext(doc: SearchText, quote: CollapsedQuote, occurrences: Candidate[]) {
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
