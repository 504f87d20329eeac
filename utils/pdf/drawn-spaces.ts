/**
 * Spaces a recovered font draws, told apart from the ones pdf.js invents. pdf.js adds a space
 * wherever two glyphs stand more than a tenth of the font size apart, which in Arabic happens
 * inside words (Amiri kerns ر, و, ز before ي: `الحر ية`); a font whose writer draws its spaces
 * needs none of those. The ToUnicode maps Redline writes give the space glyph a zero-width space
 * before the space (pdf.js keeps such a glyph as text, other readers show a plain space), so a
 * space without one, in an item of such a font, is one pdf.js made up.
 */
import type { PdfTextItem } from './types.ts';

/** What a recovered font's space glyph reads as in the ToUnicode map Redline writes. */
export const DRAWN_SPACE = '\u200b ';
const MARK = '\u200b';
/** Spaces and marks in a row, in either order: pdf.js's bidi turns right-to-left runs round. */
const SPACE_RUN = /[ \u200b]+/g;

/** A glyph's text as written into a ToUnicode map: a space is marked as drawn. */
export const markDrawnSpace = (text: string) => (text === ' ' ? DRAWN_SPACE : text);

/**
 * A page's items with the spaces pdf.js invented inside a word of a recovered font left out and
 * each drawn space read as one plain space; an item that is only an invented space is left empty
 * (a wide gap between items still reads as a space, see lines.ts). Items of other fonts stay as
 * they are.
 */
export function withDrawnSpacesOnly<Item extends object>(items: readonly Item[]): Item[] {
  // pdf.js's text content mixes text items with marked-content entries, which have no text.
  const text = (item: Item) => item as Partial<Pick<PdfTextItem, 'str' | 'fontName'>>;
  const marked = new Set(
    items.filter((item) => text(item).str?.includes(MARK)).map((item) => text(item).fontName),
  );
  if (marked.size === 0) return [...items];
  return items.map((item) => {
    const { str, fontName } = text(item);
    if (str === undefined || !marked.has(fontName)) return item;
    const read = str.replace(SPACE_RUN, (run) => (run.includes(MARK) ? ' ' : ''));
    return read === str ? item : { ...item, str: read };
  });
}
