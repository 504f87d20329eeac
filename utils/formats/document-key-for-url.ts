import { symbolFromUrl } from '../un/symbol.ts';
import { canonicalUrl, documentKey } from './document-key.ts';

/** The document open beside the importer, if any. */
export interface OpenDocument {
  key: string;
  url: string;
}

function sameUrl(a: string, b: string): boolean {
  try {
    return canonicalUrl(a) === canonicalUrl(b);
  } catch {
    return false;
  }
}

/**
 * The Redline document key for a URL another tool annotated: the open document when it is that
 * page (so the passages anchor onto it by quote), else symbol + language when the URL names a
 * UN symbol, else the canonical URL.
 */
export function documentKeyForUrl(url: string, open?: OpenDocument): string {
  if (open && sameUrl(url, open.url)) return open.key;
  const symbol = symbolFromUrl(url);
  if (symbol) return documentKey({ symbol: symbol.symbol, language: symbol.language, url });
  try {
    return canonicalUrl(url);
  } catch {
    return url;
  }
}
