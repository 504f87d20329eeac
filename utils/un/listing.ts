import { languageFromLabel } from './languages.ts';
import type { ListedDocument } from './schemas.ts';
import { findSymbols, parseSymbol, type UnSymbol } from './symbol-grammar.ts';
import { symbolFromUrl } from './symbol-link.ts';

/** The element a listing gives one document: a table row, a list item, a definition. */
const ROW = 'tr, li, dd, dt';
const DATE =
  /^\d{1,2}\s+\p{L}+\s+\d{4}$|^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^\p{L}+\s+\d{1,2},\s+\d{4}$/u;
const MIN_TITLE_LENGTH = 3;

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
  const texts = cells.length > 0 ? cells.map((cell) => clean(cell.textContent)) : [rowText(row)];
  const candidates = texts.filter((text) => !isNoise(text));
  return candidates.sort((a, b) => b.length - a.length)[0];
}

/** A list item's own words: its text without symbols, link labels naming languages, dates. */
function rowText(row: Element): string {
  let text = clean(row.textContent);
  for (const link of row.querySelectorAll('a')) {
    const label = clean(link.textContent);
    if (label && (languageFromLabel(label) || parseSymbol(label))) text = text.replace(label, ' ');
  }
  for (const found of findSymbols(text).reverse()) {
    text = text.slice(0, found.start) + text.slice(found.end);
  }
  return clean(
    text.replace(/\d{1,2}\s+\p{L}+\s+\d{4}/gu, ' ').replace(/^[\s|:–—-]+|[\s|:–—-]+$/g, ''),
  );
}

/**
 * The documents a page links to, grouped by symbol, in page order. A link names its document by
 * its URL or file name, by its label, or — for language links to job-number files — by the
 * symbol written in its row; its language comes from the URL or the label.
 */
export function listedDocuments(doc: Document, base?: string): ListedDocument[] {
  const documents = new Map<string, ListedDocument>();
  const rowSymbols = new Map<Element, UnSymbol | undefined>();
  const symbolOfRow = (row: Element) => {
    if (!rowSymbols.has(row)) rowSymbols.set(row, findSymbols(clean(row.textContent))[0]);
    return rowSymbols.get(row);
  };
  for (const link of doc.querySelectorAll('a[href]')) {
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
    if (language) entry.languages[language] ??= url;
  }
  return [...documents.values()];
}
