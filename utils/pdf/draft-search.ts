import { SearchText } from '../anchoring/search-text.ts';
import { flattenUnits, outlineText } from '../un/outline.ts';
import type { Outline } from '../un/schemas.ts';

/** A PDF draft's text prepared for anchoring, with the outline its addresses come from. */
export function pdfDraftSearch(text: string): { search: SearchText; outline: Outline } {
  const outline = outlineText(text);
  const units = flattenUnits(outline.units).map(({ address, start, end }) => ({
    address,
    start,
    end,
  }));
  return { search: new SearchText(text, units), outline };
}
