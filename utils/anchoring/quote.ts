import type { TextQuoteSelector } from './selectors.ts';
import { collapseOnly, leadingWhitespace, trailingWhitespace } from './whitespace.ts';

/**
 * A quote as the matchers see it: the quote without its outer whitespace (which belongs, once
 * collapsed, to the surrounding context), prefix and suffix collapsed the same way as the text.
 */
export interface CollapsedQuote {
  exact: string;
  prefix: string;
  suffix: string;
  /** Whitespace the quote began and ended with, given back to the range once it is found. */
  leadingSpace: number;
  trailingSpace: number;
}

export function collapseQuote(selector: TextQuoteSelector): CollapsedQuote {
  const leadingSpace = leadingWhitespace(selector.exact);
  const trailingSpace =
    leadingSpace === selector.exact.length ? 0 : trailingWhitespace(selector.exact);
  const core = selector.exact.slice(leadingSpace, selector.exact.length - trailingSpace);
  return {
    exact: collapseOnly(core),
    prefix: collapseOnly(selector.prefix + selector.exact.slice(0, leadingSpace)),
    suffix: collapseOnly(
      selector.exact.slice(selector.exact.length - trailingSpace) + selector.suffix,
    ),
    leadingSpace,
    trailingSpace,
  };
}
