import { SearchText } from '../anchoring/search-text.ts';
import { buildTextIndexSteps, type TextIndex } from '../anchoring/text-index.ts';
import { canonicalUrl, documentKey } from '../formats/document-key.ts';
import { runAll, type Steps } from '../scheduling/steps.ts';
import { blockText } from './dom-text.ts';
import { languageFromCode } from './languages.ts';
import { mainContent } from './main-content.ts';
import { structuralUnits } from './outline.ts';
import { outlineTextSteps } from './outline-text.ts';
import type { Outline } from './schemas.ts';
import { parseSymbol } from './symbol.ts';
import { findSymbols } from './symbol-grammar.ts';
import { symbolFromUrl } from './symbol-link.ts';

export interface DraftText {
  /** The live element whose text was extracted; anchoring indexes the same element. */
  root: Element;
  /** The text index over `root`, kept so the annotator does not build it again. */
  index: TextIndex;
  /** `blockText(root)`: the text outline offsets count in. */
  text: string;
  outline: Outline;
}

/** How far into the page to look for the symbol a header gives outside the main content. */
const HEADER_LENGTH = 5_000;

function pageSymbol(doc: Document): string | undefined {
  const fromTitle = findSymbols(doc.title)[0]?.symbol;
  if (fromTitle) return fromTitle;
  const fromBody = findSymbols(doc.body ? blockText(doc.body).slice(0, HEADER_LENGTH) : '')[0];
  return (
    fromBody?.symbol ?? (/^https?:/.test(doc.URL) ? symbolFromUrl(doc.URL)?.symbol : undefined)
  );
}

/**
 * The draft text of an HTML page: the main content's text, its outline, and the element it came
 * from. Symbol and language fall back on the page (title, header, URL, `lang`) when the content
 * itself does not say.
 */
export function extractDraftText(doc: Document): DraftText {
  return runAll(extractDraftTextSteps(doc));
}

/**
 * extractDraftText in steps: the main content, the text index in pieces, then the outline.
 * `bodyText`: the body's text, when the caller read it already (a walk of the whole page).
 * `indexed` is told of the text index before the outline is read.
 */
export function* extractDraftTextSteps(
  doc: Document,
  bodyText?: string,
  indexed?: (index: TextIndex, root: Element) => void,
): Steps<DraftText> {
  const root = mainContent(doc, bodyText) ?? doc.body ?? doc.documentElement;
  yield;
  const index = yield* buildTextIndexSteps(root);
  indexed?.(index, root);
  yield;
  const { text } = index;
  const found = yield* outlineTextSteps(text);
  const symbol = found.symbol ?? pageSymbol(doc);
  const language = found.language ?? languageFromCode(doc.documentElement.lang.split('-')[0] ?? '');
  const title = found.title ?? (doc.title.trim() || undefined);
  const outline: Omit<Outline, 'units'> = {};
  if (symbol) outline.symbol = symbol;
  if (title) outline.title = title;
  if (language) outline.language = language;
  if (found.shape) outline.shape = found.shape;
  return { root, index, text, outline: { ...outline, units: found.units } };
}

/** The document a draft read from the page at `url` is. */
export function draftDocumentKey(draft: DraftText, url: string): string {
  const { symbol, language } = draft.outline;
  return documentKey({ symbol, language, url });
}

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
  const page: DraftPage = {
    documentKey: draftDocumentKey(draft, url),
    url: canonicalUrl(url),
    root: draft.root,
    index,
    search: new SearchText(index.text, structuralUnits(outline)),
    outline,
  };
  if (outline.symbol) page.symbol = outline.symbol;
  const family = outline.symbol ? parseSymbol(outline.symbol)?.family : undefined;
  if (family) page.family = family;
  if (outline.language) page.language = outline.language;
  if (outline.title) page.title = outline.title;
  return page;
}
