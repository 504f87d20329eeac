import type { PassageSelectors } from './selectors.ts';
import { leadingWhitespace } from './whitespace.ts';

/**
 * Anchoring's first rule: a passage chosen in this very version of the text, whose words still
 * stand at their recorded place, is there. It needs neither the outline nor the other passages,
 * so a page can be painted with it before either is read. A quote of whitespace alone has no
 * place.
 */
export function whereChosen(
  passage: PassageSelectors,
  text: string,
  version: string,
): { start: number; end: number } | undefined {
  const { position, quote } = passage;
  if (!position || passage.documentVersion !== version) return undefined;
  if (leadingWhitespace(quote.exact) === quote.exact.length) return undefined;
  return text.slice(position.start, position.end) === quote.exact
    ? { start: position.start, end: position.end }
    : undefined;
}
