import type { TextIndex } from '../anchoring/text-index.ts';
import { runAll, type Steps } from '../scheduling/steps.ts';
import { type DraftText, extractDraftTextSteps } from './draft-page.ts';
import { listedDocumentsSteps } from './listing.ts';
import { flattenUnits } from './outline.ts';
import { glanceAt, type PageGlance } from './page-glance.ts';
import type { DetectResult, Outline } from './schemas.ts';
import { findSymbols, SYMBOL_HINT } from './symbol-grammar.ts';
import { symbolFromUrl } from './symbol-link.ts';

/** UN sites: a page on one of these hosts or below them is a UN page. */
const UN_HOSTS = ['un.org', 'unodc.org', 'undocs.org', 'ohchr.org', 'unog.ch', 'unov.org'];
/** Words that head an article in the six languages (Chinese is `第…条`, below). */
const ARTICLE_WORDS = ['Article', 'ARTICLE', 'Artículo', 'ARTÍCULO', 'Статья', 'المادة'];
/** A heading-like article number anywhere in the text; only a hint, the outline decides. */
const ARTICLE_HINT = new RegExp(
  String.raw`(?:${ARTICLE_WORDS.join('|')})\s+(?:\d|[\u0660-\u0669]|premier)|第[一二三四五六七八九十百\d]+条`,
  'u',
);
/** What every match of ARTICLE_HINT contains. */
const ARTICLE_LITERALS = [...ARTICLE_WORDS, '第'];
/** Links whose address may carry a symbol: UN document services and `A_AC.291_…` file names. */
const SYMBOL_LINK_HINT =
  /undocs\.org|documents\.un\.org|daccess-ods|view_doc|[A-Z]{1,5}_[A-Z0-9.]+_/;
const MAX_LINKS_CHECKED = 2_000;
/** How far into the page a document's symbol is looked for (masthead and header). */
const HEADER_LENGTH = 5_000;
/** A numbered paragraph (`12. The Committee…`): reports, resolutions, notes and agendas. */
const NUMBERED_PARAGRAPH_HINT = /(?:^|[\s.;:])[0-9\u0660-\u0669]{1,3}\.\s+\p{Lu}/u;
/** A document of another shape than a treaty needs this many units of its own to be one. */
const MIN_OWN_UNITS = 2;

/**
 * The host name of `url`. The document's own is read from its location, parsed already: in a
 * content script the first `new URL` costs a quarter of a millisecond (measured in Chromium).
 */
function hostName(doc: Document, url: string): string | undefined {
  if (url === doc.URL && doc.location) return doc.location.hostname;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Whether the address is on a UN site. Compared as text: a pattern's compile is the dearest step
 * of the first look. A host name is ASCII (the URL parser encodes the rest), in lower case but
 * for schemes other than http(s) and file.
 */
function isUnHost(doc: Document, url: string): boolean {
  const host = hostName(doc, url)?.toLowerCase() ?? '';
  return UN_HOSTS.some((name) => host === name || host.endsWith(`.${name}`));
}

/**
 * Whether the text has an article heading. Most pages have none of the heading words, and
 * looking for them costs less than compiling ARTICLE_HINT.
 */
function hasArticleHint(text: string): boolean {
  return ARTICLE_LITERALS.some((literal) => text.includes(literal)) && ARTICLE_HINT.test(text);
}

/**
 * A cheap first look, so that content scripts stop at once on the web at large: a UN host, a
 * symbol in the title or text, an article heading, or links to UN documents.
 */
export function looksLikeUnPage(
  doc: Document,
  url: string = doc.URL,
  { text, hrefs }: PageGlance = glanceAt(doc),
): boolean {
  if (isUnHost(doc, url)) return true;
  if (findSymbols(doc.title).length > 0) return true;
  if (hasArticleHint(text) || findSymbols(text).length > 0) return true;
  return hrefs.slice(0, MAX_LINKS_CHECKED).some((href) => SYMBOL_LINK_HINT.test(href));
}

/**
 * Whether a UN page may name or hold a document at all: a symbol in its address, title, text
 * or links, or an article heading. Everything detection finds needs one of these, and most
 * pages of UN sites have none: they stop here, before any link or text is parsed.
 */
export function mayNameDocument(
  doc: Document,
  url: string = doc.URL,
  { text, hrefs }: PageGlance = glanceAt(doc),
): boolean {
  if (hasArticleHint(text)) return true;
  // One run of the symbol pattern over all of them, a line each (no match crosses a line): run
  // again, the engine would compile it to machine code, which costs more than the run itself.
  return SYMBOL_HINT.test([url, doc.title, text, ...hrefs].join('\n'));
}

/**
 * A document to annotate: a treaty text with two articles or more, or one with paragraphs; a
 * resolution, report, notes or agenda that has a symbol and numbered paragraphs of its own.
 */
function isDraft(outline: Outline): boolean {
  const units = flattenUnits(outline.units);
  const articles = units.filter((unit) => unit.kind === 'article');
  if (articles.length >= 2 || (articles.length === 1 && (articles[0]?.children.length ?? 0) > 0)) {
    return true;
  }
  if (!outline.symbol || outline.shape === undefined || outline.shape === 'treaty') return false;
  return units.filter((unit) => unit.kind === 'paragraph').length >= MIN_OWN_UNITS;
}

/** Whether the page's text may hold a document worth reading in full (Readability is costly). */
function mayHoldDocument(doc: Document, text: string): boolean {
  if (hasArticleHint(text)) return true;
  if (!NUMBERED_PARAGRAPH_HINT.test(text)) return false;
  return findSymbols(doc.title).length > 0 || findSymbols(text.slice(0, HEADER_LENGTH)).length > 0;
}

/** A listing links several documents, or one in several languages. */
function isListing(documents: DetectResult['documents']): boolean {
  return (
    documents.length >= 2 ||
    documents.some((document) => Object.keys(document.languages).length >= 2)
  );
}

/**
 * What a page holds: a `draft` (its body is a text with articles), a `listing` (a table or list
 * of UN documents, as UNODC session pages have) or `other`; and the documents it links to,
 * grouped by symbol with their language versions.
 */
export function detectPage(doc: Document, url: string = doc.URL): DetectResult {
  return detectPageAndDraft(doc, url).found;
}

/** Like `detectPage`, and for a draft also the text it read, so nobody reads it twice. */
export function detectPageAndDraft(
  doc: Document,
  url: string = doc.URL,
): { found: DetectResult; draft?: DraftText } {
  return runAll(detectPageSteps(doc, url));
}

/** Who is told how far the reading of a page that may hold a draft has come. */
export interface DraftReading {
  /**
   * The page may hold a draft: told before its text is read (the costly part), so that what a
   * draft needs next can be started meanwhile.
   */
  beforeReadingDraft?: () => void;
  /** The text of `root` is indexed: its outline, which tells whether it is a draft, is next. */
  indexed?: (index: TextIndex, root: Element) => void;
}

/** detectPageAndDraft in steps, so that a content script can give the page back between them. */
export function* detectPageSteps(
  doc: Document,
  url: string = doc.URL,
  { beforeReadingDraft, indexed }: DraftReading = {},
): Steps<{ found: DetectResult; draft?: DraftText }> {
  const nothing = { found: { kind: 'other' as const, documents: [] } };
  const glance = glanceAt(doc);
  if (!looksLikeUnPage(doc, url, glance) || !mayNameDocument(doc, url, glance)) return nothing;
  const { text } = glance;
  yield;
  const documents = yield* listedDocumentsSteps(doc, /^https?:/.test(url) ? url : undefined);
  yield;
  if (mayHoldDocument(doc, text)) {
    beforeReadingDraft?.();
    yield;
    // The body's text as read above: the page's reading is a few slices old, not re-read.
    const draft = yield* extractDraftTextSteps(doc, text, indexed);
    if (isDraft(draft.outline)) {
      const symbol = draft.outline.symbol ?? symbolFromUrl(url)?.symbol;
      const found: DetectResult = symbol
        ? { kind: 'draft', symbol, documents }
        : { kind: 'draft', documents };
      return { found, draft };
    }
  }
  const symbol = symbolFromUrl(url)?.symbol;
  const kind = isListing(documents) ? 'listing' : 'other';
  return { found: symbol ? { kind, symbol, documents } : { kind, documents } };
}
