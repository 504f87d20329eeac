import type { PdfPageItems, PdfText, PdfTextItem } from './types.ts';

/**
 * A quadrilateral around glyphs in PDF user space (y grows upwards), corners in the order
 * viewers write and read QuadPoints: upper left, upper right, lower left, lower right.
 */
export type Quad = readonly [number, number, number, number, number, number, number, number];

/** The glyphs a passage covers on one page. */
export interface PageQuads {
  /** 0-based page index. */
  page: number;
  quads: Quad[];
}

/**
 * Relative advance of one character. pdf.js gives each text item's start and width, not its
 * glyphs: inside an item the characters are spread by these weights.
 */
export type CharWeight = (char: string) => number;

const uniformWeight: CharWeight = () => 1;

/** Share of the font size above the baseline and below it that glyph boxes cover. */
const ASCENT = 0.83;
const DESCENT = 0.22;
/** Boxes on one line closer than this share of the font size are one quad. */
const JOIN_GAP = 0.6;

interface ItemFrame {
  originX: number;
  originY: number;
  /** Unit vector along the baseline, in reading direction of the glyphs as drawn. */
  dirX: number;
  dirY: number;
  size: number;
  width: number;
  rtl: boolean;
}

function frameOf(item: PdfTextItem): ItemFrame {
  const [a = 1, b = 0, c = 0, d = 1, x = 0, y = 0] = item.transform;
  const scale = Math.hypot(a, b) || 1;
  return {
    originX: x,
    originY: y,
    dirX: a / scale,
    dirY: b / scale,
    size: item.height || Math.hypot(c, d) || scale,
    width: item.width,
    rtl: item.dir === 'rtl',
  };
}

/** Cumulative advance fractions, one per UTF-16 unit: unit i spans fractions[i]..fractions[i + 1]. */
function fractionsOf(str: string, weight: CharWeight): number[] {
  const advances = new Array<number>(str.length).fill(0);
  let total = 0;
  for (let i = 0; i < str.length; ) {
    const char = String.fromCodePoint(str.codePointAt(i) as number);
    const advance = Math.max(0, weight(char));
    advances[i] = advance;
    total += advance;
    i += char.length;
  }
  const fractions = [0];
  let sum = 0;
  for (const advance of advances) {
    sum += total > 0 ? advance / total : 1 / str.length;
    fractions.push(sum);
  }
  return fractions;
}

function quadOf(frame: ItemFrame, from: number, to: number): Quad {
  // Right-to-left items hold their characters in logical order, drawn from the right.
  const [startShare, endShare] = frame.rtl ? [1 - to, 1 - from] : [from, to];
  const x0 = frame.originX + frame.dirX * frame.width * startShare;
  const y0 = frame.originY + frame.dirY * frame.width * startShare;
  const x1 = frame.originX + frame.dirX * frame.width * endShare;
  const y1 = frame.originY + frame.dirY * frame.width * endShare;
  // Perpendicular to the baseline, pointing up the glyphs.
  const upX = -frame.dirY * frame.size;
  const upY = frame.dirX * frame.size;
  return [
    x0 + upX * ASCENT,
    y0 + upY * ASCENT,
    x1 + upX * ASCENT,
    y1 + upY * ASCENT,
    x0 - upX * DESCENT,
    y0 - upY * DESCENT,
    x1 - upX * DESCENT,
    y1 - upY * DESCENT,
  ];
}

/** Joins a quad onto the previous one when it carries on the same line. */
function pushJoined(quads: Quad[], next: Quad, size: number): void {
  const last = quads[quads.length - 1];
  if (
    last &&
    Math.abs(last[1] - next[1]) < 0.2 * size &&
    Math.abs(last[5] - next[5]) < 0.2 * size &&
    next[0] >= last[0] - 0.01 &&
    next[0] - last[2] < JOIN_GAP * size
  ) {
    quads[quads.length - 1] = [
      last[0],
      last[1],
      next[2],
      next[3],
      last[4],
      last[5],
      next[6],
      next[7],
    ];
    return;
  }
  quads.push(next);
}

/**
 * The quads over the glyphs of `start`..`end` (offsets into the extracted text), page by page,
 * across line and page breaks. Characters the text left out (running heads, a dropped line-end
 * hyphen) are not covered; the spaces Redline put between items are, when both sides are.
 */
export function quadsForRange(
  pages: readonly PdfPageItems[],
  text: PdfText,
  start: number,
  end: number,
  weight: CharWeight = uniformWeight,
): PageQuads[] {
  const result: PageQuads[] = [];
  pages.forEach((page, pageIndex) => {
    const starts = text.itemStarts[pageIndex] as Int32Array;
    const lengths = text.itemLengths[pageIndex] as Int32Array;
    const quads: Quad[] = [];
    const covered: Array<{ offset: number; index: number }> = [];
    page.items.forEach((_item, index) => {
      const itemStart = starts[index] as number;
      if (itemStart < 0) return;
      const from = Math.max(start, itemStart);
      const to = Math.min(end, itemStart + (lengths[index] as number));
      if (to <= from) return;
      covered.push({ offset: itemStart, index });
    });
    // In text order, so consecutive pieces of a line join up.
    covered.sort((a, b) => a.offset - b.offset);
    for (const { offset, index } of covered) {
      const item = page.items[index] as PdfTextItem;
      const frame = frameOf(item);
      const fractions = fractionsOf(item.str, weight);
      const from = Math.max(start, offset) - offset;
      const to = Math.min(end, offset + (lengths[index] as number)) - offset;
      const piece = trimmedSpaces(item.str, from, to);
      if (!piece) continue;
      pushJoined(
        quads,
        quadOf(frame, fractions[piece.from] ?? 0, fractions[piece.to] ?? 1),
        frame.size,
      );
    }
    if (quads.length > 0) result.push({ page: pageIndex, quads });
  });
  return result;
}

/** The part of `str.slice(from, to)` without spaces at its ends; undefined when all spaces. */
function trimmedSpaces(
  str: string,
  from: number,
  to: number,
): { from: number; to: number } | undefined {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(str[a] as string)) a++;
  while (b > a && /\s/.test(str[b - 1] as string)) b--;
  return b > a ? { from: a, to: b } : undefined;
}

/** Axis-aligned bounds [left, bottom, right, top] of quads. */
export function boundsOf(quads: readonly Quad[]): [number, number, number, number] {
  const xs = quads.flatMap((q) => [q[0], q[2], q[4], q[6]]);
  const ys = quads.flatMap((q) => [q[1], q[3], q[5], q[7]]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * The offsets in the extracted text of the characters whose middle lies under the quads of
 * one page: what a highlight someone drew covers. Undefined when it covers no extracted text.
 */
export function rangeUnderQuads(
  page: PdfPageItems,
  pageIndex: number,
  text: PdfText,
  quads: readonly Quad[],
  weight: CharWeight = uniformWeight,
): { start: number; end: number } | undefined {
  const starts = text.itemStarts[pageIndex];
  const lengths = text.itemLengths[pageIndex];
  if (!starts || !lengths || quads.length === 0) return undefined;
  let start = Number.POSITIVE_INFINITY;
  let end = -1;
  // Markup on unrotated text: a quad's bounds are the quad, whatever order its corners take.
  const areas = quads.map((quad) => ({ bounds: boundsOf([quad]) }));
  page.items.forEach((item, index) => {
    const itemStart = starts[index] as number;
    if (itemStart < 0 || item.str === '') return;
    const frame = frameOf(item);
    const [left, bottom, right, top] = boundsOf([quadOf(frame, 0, 1)]);
    const near = areas.filter(
      ({ bounds }) =>
        bounds[0] <= right && bounds[2] >= left && bounds[1] <= top && bounds[3] >= bottom,
    );
    if (near.length === 0) return;
    const fractions = fractionsOf(item.str, weight);
    const kept = lengths[index] as number;
    for (let i = 0; i < kept; i++) {
      if (/\s/.test(item.str[i] as string)) continue;
      const middle = quadOf(frame, fractions[i] ?? 0, fractions[i + 1] ?? 1);
      const x = (middle[0] + middle[2] + middle[4] + middle[6]) / 4;
      const y = (middle[1] + middle[3] + middle[5] + middle[7]) / 4;
      if (
        near.some(
          ({ bounds }) => x >= bounds[0] && x <= bounds[2] && y >= bounds[1] && y <= bounds[3],
        )
      ) {
        start = Math.min(start, itemStart + i);
        end = Math.max(end, itemStart + i + 1);
      }
    }
  });
  return end > 0 ? { start, end } : undefined;
}

/**
 * The offset range of the text item a note beside the point is about: on the line at the
 * point's height, the nearest across; else the line nearest above or below.
 */
export function nearestItemRange(
  page: PdfPageItems,
  pageIndex: number,
  text: PdfText,
  x: number,
  y: number,
): { start: number; end: number } | undefined {
  const starts = text.itemStarts[pageIndex];
  const lengths = text.itemLengths[pageIndex];
  if (!starts || !lengths) return undefined;
  let best: { start: number; end: number; dy: number; dx: number } | undefined;
  page.items.forEach((item, index) => {
    const itemStart = starts[index] as number;
    const length = lengths[index] as number;
    if (itemStart < 0 || item.str.trim() === '' || length === 0) return;
    const [left, bottom, right, top] = boundsOf([quadOf(frameOf(item), 0, 1)]);
    const dx = Math.max(left - x, 0, x - right);
    const dy = Math.max(bottom - y, 0, y - top);
    if (!best || dy < best.dy || (dy === best.dy && dx < best.dx)) {
      best = { start: itemStart, end: itemStart + length, dy, dx };
    }
  });
  return best && { start: best.start, end: best.end };
}
