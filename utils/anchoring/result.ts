import type { Candidate } from './candidates.ts';
import type { Evidence } from './evidence.ts';
import type { CollapsedQuote } from './quote.ts';
import type { SearchText } from './search-text.ts';
import { isWhitespaceCode } from './whitespace.ts';

/**
 * `deleted in this version`: the passage's words are gone from their place, and wherever they
 * stand now, other words of the earlier version stood before (known with that version), or its
 * context closed up where it stood.
 * `only in another provision`: the passage's provision still stands without its words, and the
 * words stand in another one, where the same words may always have stood.
 */
export const ORPHAN_REASONS = [
  'empty quote',
  'not found',
  'ambiguous',
  'deleted in this version',
  'only in another provision',
] as const;
export type OrphanReason = (typeof ORPHAN_REASONS)[number];

export type AnchorResult =
  | { status: 'exact'; start: number; end: number }
  | { status: 'fuzzy'; start: number; end: number; score: number }
  | { status: 'orphan'; reason: OrphanReason };

/** The answer for a choice of place: exact when the quote stands unchanged, else fuzzy with its score. */
export function toResult(
  doc: SearchText,
  quote: CollapsedQuote,
  choice: Evidence | OrphanReason,
): AnchorResult {
  if (typeof choice === 'string') return { status: 'orphan', reason: choice };
  const range = originalRange(doc, quote, choice);
  if (choice.errors === 0) return { status: 'exact', ...range };
  return { status: 'fuzzy', ...range, score: Math.round(choice.score * 1000) / 1000 };
}

/** Maps a collapsed match back, giving the quote back the outer whitespace it was chosen with. */
export function originalRange(doc: SearchText, quote: CollapsedQuote, match: Candidate) {
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
