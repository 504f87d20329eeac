import { buildTextIndex } from '../anchoring/text-index.ts';

/**
 * The text Redline extracts from a page. It is the anchoring text index's text, by
 * construction, so outline offsets and anchor offsets count the same characters: text nodes in
 * order, nothing from script, style or hidden elements, a line break at block boundaries and
 * at each <br>.
 */
export function blockText(root: Node): string {
  return buildTextIndex(root).text;
}
