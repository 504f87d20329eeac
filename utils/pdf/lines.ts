import { inReadingOrder } from './right-to-left.ts';
import type { PdfPageItems } from './types.ts';

/** One printed line of a page: its items in order and where it sits. */
export interface PdfLine {
  page: number;
  /** Indexes into the page's items; empty items are left out. */
  items: number[];
  /** What goes before each item inside the line: '' or a space where the PDF leaves a gap. */
  gaps: string[];
  /** Baseline of the line's first item, PDF units from the page's bottom. */
  y: number;
  left: number;
  right: number;
  /** Height of the line's tallest item (its font size, near enough). */
  height: number;
  text: string;
  /** Read from the right: its paragraph keeps to the right edge and ends short on the left. */
  rtl?: boolean;
  /** The items' text as read, where it differs from the items' own (mirrored brackets). */
  strs?: string[];
}

/** A vertical move above this share of the font height starts a new line. */
const NEW_LINE_SHIFT = 0.5;
/** A horizontal gap above this share of the font height is a space the PDF did not write. */
const WORD_GAP = 0.2;

const endsWithSpace = (text: string) => /\s$/.test(text);
const startsWithSpace = (text: string) => /^\s/.test(text);

/**
 * Groups a page's items into printed lines. pdf.js marks most line ends (`hasEOL`); a jump of the
 * baseline marks the rest. A superscript footnote mark moves less than half a line: it stays.
 */
export function pageLines(page: PdfPageItems, pageIndex: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | undefined;
  let previousEnded = true;
  let previousRight = 0;
  page.items.forEach((item, index) => {
    const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = item.transform;
    const height = item.height || Math.hypot(c, d) || Math.hypot(a, b);
    if (item.str !== '') {
      const shifted = line && Math.abs(y - line.y) > NEW_LINE_SHIFT * Math.max(height, line.height);
      if (!line || previousEnded || shifted) {
        line = { page: pageIndex, items: [], gaps: [], y, left: x, right: x, height, text: '' };
        lines.push(line);
        previousRight = x;
      }
      const spaced =
        line.items.length > 0 &&
        x - previousRight > WORD_GAP * Math.max(height, line.height) &&
        !endsWithSpace(line.text) &&
        !startsWithSpace(item.str);
      const gap = spaced ? ' ' : '';
      line.items.push(index);
      line.gaps.push(gap);
      line.text += gap + item.str;
      line.left = Math.min(line.left, x);
      line.right = Math.max(line.right, x + item.width);
      line.height = Math.max(line.height, height);
      previousRight = x + item.width;
    }
    if (item.str !== '') previousEnded = item.hasEOL;
    else if (item.hasEOL) previousEnded = true;
  });
  for (const printed of lines) dropTrailingSpaces(printed, page);
  return lines.map((printed) => inReadingOrder(printed, page, WORD_GAP));
}

/** A space item ending a line says nothing, and would stand between a hyphen and its join. */
function dropTrailingSpaces(line: PdfLine, page: PdfPageItems): void {
  while (line.items.length > 1 && !page.items[line.items.at(-1) as number]?.str.trim()) {
    line.items.pop();
    line.gaps.pop();
  }
  line.text = line.items.map((index, i) => line.gaps[i] + (page.items[index]?.str ?? '')).join('');
}
