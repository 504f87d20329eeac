import type { Candidate } from './candidates.ts';
import type { CollapsedQuote } from './quote.ts';
import { editDistance } from './similarity.ts';

/** Context this long marks where the passage ends (the suffix's start) or begins (the prefix's end). */
const PROBE = 16;
/** How far beyond a match the old context is looked for: inserted words run to any length. */
const BEYOND = 1000;

/**
 * An approximate match's ends are where matching was cheapest, not where the passage ends: a
 * quote whose last words were cut runs on into the next sentence, one whose last word was
 * replaced stops before it. Where the old context stands within `reach` of an end (inside the
 * match, or just beyond it), the passage ends there: the match is fitted to it and its errors
 * counted again. Context that stands inside the quote itself marks nothing, so it is not used.
 */
export function fitToContext(
  text: string,
  quote: CollapsedQuote,
  match: Candidate,
  reach: number,
): Candidate {
  let { start, end } = match;
  const after = quote.suffix.slice(0, PROBE);
  if (after.length === PROBE && !quote.exact.includes(after)) {
    const at = text.slice(start, end + reach + PROBE).indexOf(after);
    if (at !== -1) end = start + at;
  }
  const before = quote.prefix.slice(-PROBE);
  if (before.length === PROBE && !quote.exact.includes(before)) {
    const from = Math.max(0, start - reach - PROBE);
    const at = text.slice(from, end).lastIndexOf(before);
    if (at !== -1) start = from + at + PROBE;
  }
  if (start === match.start && end === match.end) return match;
  return { start, end, errors: editDistance(quote.exact, text.slice(start, end)) };
}

/**
 * Whether the old context of a side that does not agree stands further off on that side: then
 * words were inserted inside the passage near that end, and the match stops short of it.
 */
export function stopsShort(text: string, quote: CollapsedQuote, match: Candidate): boolean {
  const after = quote.suffix.slice(0, PROBE);
  const before = quote.prefix.slice(-PROBE);
  const afterFurther =
    after.length === PROBE &&
    !text.startsWith(after, match.end) &&
    text.slice(match.end + 1, match.end + BEYOND + PROBE).includes(after);
  const beforeFurther =
    before.length === PROBE &&
    !text.startsWith(before, match.start - PROBE) &&
    text.slice(Math.max(0, match.start - BEYOND - PROBE), match.start - 1).includes(before);
  return afterFurther || beforeFurther;
}
