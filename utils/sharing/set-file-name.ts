import { slug } from '../formats/slug.ts';

/**
 * `CLF-comments-on-UNTOC-2026-11-20.redline.json`: one set is named by its name, several by
 * how many; the date sorts a colleague's successive files.
 */
export function setFileName(setNames: readonly string[], date: Date): string {
  const day = date.toISOString().slice(0, 10);
  const name = setNames.length === 1 ? slug(setNames[0] ?? '') || 'set' : `${setNames.length}-sets`;
  return `${name}-${day}.redline.json`;
}
