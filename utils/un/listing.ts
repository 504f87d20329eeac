import type { Steps } from '../scheduling/steps.ts';
import { languageFromLabel } from './languages.ts';
import type { ListedDocument } from './schemas.ts';
import { findSymbols, parseSymbol, type UnSymbol } from './symbol-grammar.ts';
import { symbolFromUrl } from './symbol-link.ts';

/** The element a listing gives one document: a table row, a list item, a definition. */
const ROW = 'tr, li, dd, dt';
const DATE =
  /^\d{1,2}\s+\p{L}+\s+\d{4}$|^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^\p{L}+\s+\d{1,2},\s+\d{4}$/u;
const MIN_TITLE_LENGTH = 3;
const FILE = /\.(?:pdf|docx?|html?|rtf)(?:[?#]|$)/i;

function isFile(url: string): boolean {
  try {
    return FILE.test(new URL(url).pathname);
  } catch {
    return FILE.test(url);
  }
}

function clean(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function absolute(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).toString();
  } catch {
    return href;
  }
}

function isNoise(text: string): boolean {
  return (
    text.length < MIN_TITLE_LENGTH ||
    DATE.test(text) ||
    parseSymbol(text) !== undefined ||
    text.split(/[\s|,/·-]+/).every((word) => word === '' || languageFromLabel(word) !== undefined)
  );
}

/** A row's title: its longest cell that is not a symbol, a date or a run of language links. */
function rowTitle(row: Element): string | undefined {
  const cells = [...row.querySelectorAll('td, th')];
  const texts = (cells.length > 0 ? cells : [row]).map(ownWords);
  const candidates = texts.filter((text) => !isNoise(text));
  return candidates.sort((a, b) => b.length - a.length)[0];
}

/** Whether a link's label names a language version or a symbol rather than saying anything. */
function isVersionLink(node: Node): boolean {
  if (node.nodeName.toLowerCase() !== 'a') return false;
  const label = clean(node.textContent);
  return (
    label !== '' && (languageFromLabel(label) !== undefined || parseSymbol(label) !== undefined)
  );
}

/** The text of an element without the labels of its language and symbol links. */
function textWithoutVersionLinks(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (isVersionLink(node)) return ' ';
  let text = '';
  for (const child of node.childNodes) text += textWithoutVersionLinks(child);
  return text;
}

/**
 * A cell's or list item's own words: without symbols, language link labels (`A | C | E | F |
 * R | S` glued to the title), their separators and dates.
 */
function ownWords(row: Element): string {
  let text = clean(textWithoutVersionLinks(row));
  for (const found of findSymbols(text).reverse()) {
    text = text.slice(0, found.start) + text.slice(found.end);
  }
  return clean(
    text
      .replace(/\d{1,2}\s+\p{L}+\s+\d{4}/gu, ' ')
      .replace(/(?:\s+[|·]\s*)+/g, ' ')
      .replace(/^[\s|:–—-]+|[\s|:–—-]+$/g, ''),
  );
}

/** Links read between two pauses of listedDocumentsSteps. */
const LINKS_PER_STEP = 50;

/**
 * The documents a page links to, grouped by symbol, in page order. A link names its document by
 * its URL or file name, by its label, or — for language links to job-number files — by the
 * symbol written in its row; its language comes from the URL or the label. In steps, pausing
 * every few links (see utils/scheduling).
 */
export function* listedDocumentsSteps(doc: Document, base?: string): Steps<ListedDocument[]> {
  const documents = new Map<string, ListedDocument>();
  const rowSymbols = new Map<Element, UnSymbol | undefined>();
  const symbolOfRow = (row: Element) => {
    if (!rowSymbols.has(row)) rowSymbols.set(row, findSymbols(clean(row.textContent))[0]);
    return rowSymbols.get(row);
  };
  for (const [index, link] of doc.querySelectorAll('a[href]').entries()) {
    if (index % LINKS_PER_STEP === LINKS_PER_STEP - 1) yield;
    const url = absolute(link.getAttribute('href') as string, base);
    const label = clean(link.textContent);
    const row = link.closest(ROW);
    const fromUrl = symbolFromUrl(url);
    const language = fromUrl?.language ?? languageFromLabel(label);
    const symbol =
      fromUrl ?? parseSymbol(label) ?? (row && language ? symbolOfRow(row) : undefined);
    if (!symbol) continue;
    let entry = documents.get(symbol.symbol);
    if (!entry) {
      const title = row ? rowTitle(row) : undefined;
      entry = {
        symbol: symbol.symbol,
        family: symbol.family,
        ...(title ? { title } : {}),
        languages: {},
      };
      documents.set(symbol.symbol, entry);
    }
    if (!language) {
      if (!isFile(url)) entry.symbolLink ??= url;
      continue;
    }
    // A file link is the version itself; a symbol service's link stands in only until one comes.
    const known = entry.languages[language];
    if (!known || (isFile(url) && !isFile(known))) entry.languages[language] = url;
    if (!isFile(url) && parseSymbol(label)) entry.symbolLink ??= url;
  }
  return [...documents.values()];
}
