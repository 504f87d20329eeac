import type { PdfLine } from './lines.ts';

/** Baselines further apart than this many usual line pitches separate paragraphs. */
const PARAGRAPH_GAP = 1.3;
/** A line ending this share of the column short of its right edge ends its paragraph. */
const SHORT_LINE = 0.2;
/** A line starting this share of the column further in than the line above is not its sequel. */
const INDENT = 0.1;

/** The body's usual measures, read from the document itself. */
export interface BodyMetrics {
  /** The most common line height, weighed by characters: the body's font size. */
  height: number;
  /** The most common distance between consecutive body lines' baselines. */
  pitch: number;
  left: number;
  right: number;
}

function mode(values: Map<number, number>, fallback: number): number {
  let best = fallback;
  let bestCount = 0;
  for (const [value, count] of values) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

const rounded = (value: number) => Math.round(value * 2) / 2;

export function bodyMetrics(pages: readonly PdfLine[][]): BodyMetrics {
  const heights = new Map<number, number>();
  for (const line of pages.flat()) {
    const key = rounded(line.height);
    heights.set(key, (heights.get(key) ?? 0) + line.text.length);
  }
  const height = mode(heights, 10);
  const pitches = new Map<number, number>();
  let left = Number.POSITIVE_INFINITY;
  let right = 0;
  for (const lines of pages) {
    lines.forEach((line, i) => {
      if (rounded(line.height) !== height) return;
      left = Math.min(left, line.left);
      right = Math.max(right, line.right);
      const next = lines[i + 1];
      if (!next || rounded(next.height) !== height) return;
      const pitch = rounded(line.y - next.y);
      if (pitch > 0 && pitch < 3 * height) pitches.set(pitch, (pitches.get(pitch) ?? 0) + 1);
    });
  }
  return {
    height,
    pitch: mode(pitches, height * 1.2),
    left: Number.isFinite(left) ? left : 0,
    right,
  };
}

/** Whether `next` continues the paragraph `line` is in (a soft line end), or starts anew. */
export function continuesParagraph(line: PdfLine, next: PdfLine, body: BodyMetrics): boolean {
  const column = body.right - body.left;
  if (line.rtl !== next.rtl) return false;
  // Right-to-left paragraphs are the mirror image: they keep to the right edge.
  const endsShort = line.rtl
    ? line.left > body.left + SHORT_LINE * column
    : line.right < body.right - SHORT_LINE * column;
  if (endsShort) return false;
  // A paragraph's lines keep to its starting edge; a line further in (a centred heading) is new.
  const indented = line.rtl
    ? next.right < line.right - INDENT * column
    : next.left > line.left + INDENT * column;
  if (indented) return false;
  if (Math.abs(line.height - next.height) > 0.15 * body.height) return false;
  // Across a page break the baselines say nothing; a full last line is what carries on.
  if (line.page !== next.page) return true;
  const gap = line.y - next.y;
  return gap > 0 && gap <= PARAGRAPH_GAP * body.pitch;
}

const HYPHENS = /[-\u00ad\u2010]$/;
const LETTER_BEFORE_HYPHEN = /(\p{L}+)[-\u00ad\u2010]$/u;
const LOWER_START = /^(\p{Ll}+)/u;
const COMPOUND = /(\p{L}+)-(\p{L}+)/gu;

/** Words printed with a hyphen inside a line, such as `cross-border`: their hyphen is real. */
export function hyphenatedCompounds(lines: readonly PdfLine[]): Set<string> {
  const compounds = new Set<string>();
  for (const line of lines) {
    for (const match of line.text.matchAll(COMPOUND)) {
      compounds.add(`${match[1]}-${match[2]}`.toLowerCase());
    }
  }
  return compounds;
}

/** Chinese is written without spaces: a line break between its characters is no word break. */
const UNSPACED = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * How a soft line end joins the two lines: `drop` a typesetter's hyphen (`organ-` + `ized`),
 * `keep` a word's own hyphen (`cross-` + `border`, known from elsewhere in the text), `space`,
 * or `none` between Chinese characters.
 */
export function lineEndJoin(
  lineText: string,
  nextText: string,
  compounds: ReadonlySet<string>,
): 'drop' | 'keep' | 'space' | 'none' {
  const end = lineText.trimEnd();
  if (UNSPACED.test(end.slice(-1)) || UNSPACED.test(nextText.trimStart().charAt(0))) return 'none';
  if (!HYPHENS.test(end)) return 'space';
  if (end.endsWith('\u00ad')) return 'drop';
  const tail = LETTER_BEFORE_HYPHEN.exec(end)?.[1];
  const head = LOWER_START.exec(nextText.trimStart())?.[1];
  if (!tail || !head) return end.endsWith('-') && tail ? 'keep' : 'space';
  return compounds.has(`${tail}-${head}`.toLowerCase()) ? 'keep' : 'drop';
}
