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
  // forEach, not an iterator: in a Firefox content script `URL` is the page's, seen through
  // Xray wrappers, and its iterators are not iterable there.
  const tracking: string[] = [];
  parsed.searchParams.forEach((_value, name) => {
    if (name.startsWith('utm_')) tracking.push(name);
  });
  for (const name of tracking) parsed.searchParams.delete(name);
  return parsed.toString();
}
