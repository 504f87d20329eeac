import type { SearchText } from '../../utils/anchoring/search-text.ts';
import { collapseOnly } from '../../utils/anchoring/whitespace.ts';

export interface FindMatch {
  start: number;
  end: number;
}

/** Every place the words occur, ignoring case and how the PDF spaced them; original offsets. */
export function findAll(search: SearchText, query: string, limit = 1_000): FindMatch[] {
  const needle = collapseOnly(query.trim()).toLowerCase();
  if (needle === '') return [];
  const haystack = search.collapsed.toLowerCase();
  const matches: FindMatch[] = [];
  for (let at = haystack.indexOf(needle); at >= 0 && matches.length < limit; ) {
    matches.push({
      start: search.originalOffset(at),
      end: search.originalEnd(at + needle.length),
    });
    at = haystack.indexOf(needle, at + needle.length);
  }
  return matches;
}
