/**
 * A document is identified by symbol + language (`A/AC.291/22|en`), not by URL; a page without
 * a symbol by its canonical URL. Free of zod so content scripts can use it cheaply.
 */
export function documentKey(parts: { symbol?: string; language?: string; url: string }): string {
  if (parts.symbol) return `${parts.symbol}|${parts.language ?? 'und'}`;
  return canonicalUrl(parts.url);
}

/** Fragments and tracking parameters do not make a different document. */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (name.startsWith('utm_')) parsed.searchParams.delete(name);
  }
  return parsed.toString();
}
