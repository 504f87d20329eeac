import search from 'approx-string-match';
import type { CollapsedQuote } from './quote.ts';
import type { SearchText } from './search-text.ts';
import { keepsWordEdges, wordEdgesOf } from './word-edges.ts';

/** A place in the collapsed text where the quote (or something close to it) stands. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** A common phrase ("States Parties") may stand hundreds of times; beyond this, give up on it. */
const MAX_OCCURRENCES = 5000;

/** Where the quote stands unchanged, as whole words where it was chosen as whole words. */
export function exactCandidates(doc: SearchText, quote: CollapsedQuote): Candidate[] {
  const edges = wordEdgesOf(quote);
  const found: Candidate[] = [];
  for (const start of doc.occurrences.occurrences(quote.exact, MAX_OCCURRENCES)) {
    const candidate = { start, end: start + quote.exact.length, errors: 0 };
    if (keepsWordEdges(doc.collapsed, candidate, edges)) found.push(candidate);
  }
  return found;
}

/**
 * Approximate matches of the quote inside the given windows (bit-parallel, Myers' algorithm as
 * approx-string-match implements it). Spans in `excluded` are cut out of the windows first: an
 * exact copy of the words elsewhere would otherwise hide the edited passage, since only the
 * lowest-error matches of a window are returned.
 */
export function fuzzyCandidates(
  text: string,
  quote: string,
  windows: ReadonlyArray<readonly [number, number]>,
  excluded: readonly Candidate[],
  maxErrors: number,
): Candidate[] {
  const found: Candidate[] = [];
  const merged = mergeWindows(windows, text.length);
  const inWindows = excluded.filter((span) =>
    merged.some(([from, to]) => span.start < to && span.end > from),
  );
  for (const [from, to] of cutOut(merged, inWindows)) {
    if (to - from < quote.length - maxErrors) continue;
    for (const match of search(text.slice(from, to), quote, maxErrors)) {
      found.push({ start: from + match.start, end: from + match.end, errors: match.errors });
    }
  }
  return found;
}

function mergeWindows(
  windows: ReadonlyArray<readonly [number, number]>,
  length: number,
): Array<[number, number]> {
  const sorted = windows
    .map(([from, to]): [number, number] => [Math.max(0, from), Math.min(length, to)])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const window of sorted) {
    const last = merged[merged.length - 1];
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push(window);
  }
  return merged;
}

function cutOut(
  windows: Array<[number, number]>,
  excluded: readonly Candidate[],
): Array<[number, number]> {
  let pieces = windows;
  for (const span of excluded) {
    pieces = pieces.flatMap(([from, to]): Array<[number, number]> => {
      if (span.end <= from || span.start >= to) return [[from, to]];
      return [
        [from, span.start],
        [span.end, to],
      ].filter(([a, b]) => (b as number) > (a as number)) as Array<[number, number]>;
    });
  }
  return pieces;
}
