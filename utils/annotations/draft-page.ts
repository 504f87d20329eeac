import { SearchText } from '../anchoring/search-text.ts';
import type { TextIndex } from '../anchoring/text-index.ts';
import { canonicalUrl, documentKey } from '../formats/document-key.ts';
import type { DraftText } from '../un/draft-page.ts';
import { extractDraftText, flattenUnits } from '../un/outline.ts';
import type { Outline } from '../un/schemas.ts';
import { parseSymbol } from '../un/symbol.ts';

/** A draft as the annotator reads it: identity, text index, outline, and the prepared text. */
export interface DraftPage {
  documentKey: string;
  symbol?: string;
  /** The symbol without revision parts: revisions of one draft share it. */
  family?: string;
  language?: string;
  title?: string;
  url: string;
  root: Element;
  index: TextIndex;
  search: SearchText;
  outline: Outline;
}

/**
 * Reads the draft in a page. The outline counts in the text index's own characters (`blockText`
 * is the index's text), so outline offsets, anchors and highlights agree.
 */
export function readDraftPage(
  doc: Document,
  url: string = doc.URL,
  draft: DraftText = extractDraftText(doc),
): DraftPage {
  const { index, outline } = draft;
  const units = flattenUnits(outline.units).map(({ address, start, end }) => ({
    address,
    start,
    end,
  }));
  const page: DraftPage = {
    documentKey: documentKey({ symbol: outline.symbol, language: outline.language, url }),
    url: canonicalUrl(url),
    root: draft.root,
    index,
    search: new SearchText(index.text, units),
    outline,
  };
  if (outline.symbol) page.symbol = outline.symbol;
  const family = outline.symbol ? parseSymbol(outline.symbol)?.family : undefined;
  if (family) page.family = family;
  if (outline.language) page.language = outline.language;
  if (outline.title) page.title = outline.title;
  return page;
}
