import type { AnchorResult } from '../../../../utils/anchoring/anchor.ts';
import type { PassageSelectors } from '../../../../utils/anchoring/selectors.ts';
import { collapseOnly } from '../../../../utils/anchoring/whitespace.ts';

/**
 * The only excuse to orphan a passage of an unchanged text: its words stand more than once, and the
 * evidence (context, place) did not single out one of them.
 */
export function excusedOrphan(
  text: string,
  passage: PassageSelectors,
  result: AnchorResult,
): boolean {
  if (result.status !== 'orphan' || result.reason !== 'ambiguous') return false;
  const quote = collapseOnly(passage.quote.exact).trim();
  const collapsed = collapseOnly(text);
  return collapsed.indexOf(quote) !== collapsed.lastIndexOf(quote);
}
