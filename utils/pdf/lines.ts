import type { PdfPageItems, PdfTextItem } from './types.ts';

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
  /** An Arabic line: its items are in reading order, right to left, and it is set from the right. */
  rightToLeft?: boolean;
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
  for (const printed of lines) {
    if (isRightToLeft(printed, page)) {
      inReadingOrder(printed, page);
      printed.rightToLeft = true;
    }
    dropTrailingSpaces(printed, page);
  }
  return lines;
}

type Direction = 'rtl' | 'ltr' | 'neutral';

/** Spaces, marks and punctuation take the direction of what surrounds them. */
function directionOf(item: PdfTextItem): Direction {
  if (!/[\p{L}\p{N}]/u.test(item.str)) return 'neutral';
  return item.dir === 'rtl' ? 'rtl' : 'ltr';
}

function isRightToLeft(line: PdfLine, page: PdfPageItems): boolean {
  let rtl = 0;
  let ltr = 0;
  for (const index of line.items) {
    const item = page.items[index] as PdfTextItem;
    const direction = directionOf(item);
    if (direction === 'rtl') rtl += item.str.length;
    else if (direction === 'ltr') ltr += item.str.length;
  }
  return rtl > ltr;
}

/**
 * An Arabic line's items come in the order they are drawn, left to right; pdf.js turns each
 * item's characters into reading order, not the items. Read right to left, with runs of
 * left-to-right items (numbers, Latin symbols) kept in their own order, as the bidi algorithm does.
 */
function inReadingOrder(line: PdfLine, page: PdfPageItems): void {
  type Token = { item: number; gap: string; direction: Direction };
  const visual: Token[] = line.items.map((item, i) => ({
    item,
    gap: line.gaps[i] as string,
    direction: directionOf(page.items[item] as PdfTextItem),
  }));
  // A gap belongs between two items: in reading order it goes before the item on its right.
  const gapsBefore = visual.map((_, i) => visual[i + 1]?.gap ?? '');
  const reversed = visual.map((token, i) => ({ ...token, gap: gapsBefore[i] as string })).reverse();
  const ordered: Token[] = [];
  for (let i = 0; i < reversed.length; ) {
    if ((reversed[i] as Token).direction !== 'ltr') {
      ordered.push(reversed[i] as Token);
      i++;
      continue;
    }
    let end = i;
    for (let j = i + 1; j < reversed.length && (reversed[j] as Token).direction !== 'rtl'; j++) {
      if ((reversed[j] as Token).direction === 'ltr') end = j;
    }
    const run = reversed.slice(i, end + 1).reverse();
    // Inside a left-to-right run the gaps are again before the item on the right.
    const runGaps = run.map((_, k) =>
      k === 0 ? (reversed[i] as Token).gap : (run[k - 1] as Token).gap,
    );
    run.forEach((token, k) => {
      ordered.push({ ...token, gap: runGaps[k] as string });
    });
    i = end + 1;
  }
  line.items = ordered.map((token) => token.item);
  line.gaps = ordered.map((token, i) => (i === 0 ? '' : token.gap));
}

/** A space item ending a line says nothing, and would stand between a hyphen and its join. */
function dropTrailingSpaces(line: PdfLine, page: PdfPageItems): void {
  while (line.items.length > 1 && !page.items[line.items.at(-1) as number]?.str.trim()) {
    line.items.pop();
    line.gaps.pop();
  }
  line.text = line.items.map((index, i) => line.gaps[i] + (page.items[index]?.str ?? '')).join('');
}
