/**
 * Learns which characters a font's glyphs draw from the same document in another form (its
 * HTML, Word or text version, or OCR of its pages): the PDF's glyph runs, read with a probe map
 * that gives every glyph its own private-use character, are aligned with that text, and each
 * glyph takes the character it faces most often. A glyph that faces a run of characters (a
 * ligature: Arabic lam-alef, `fi`) takes that run.
 */
import DiffMatchPatch from 'diff-match-patch';
import { bracketsAsDrawn } from './right-to-left.ts';

/** Probe characters live in planes 15 and 16, which no document text uses. */
export const PROBE_FIRST = 0xf0000;
export const isProbe = (codePoint: number) => codePoint >= PROBE_FIRST;

/** Paragraphs shorter than this are too common in shape to seed the alignment. */
const SEED_MIN_LENGTH = 8;
/** How far, as a share of the text, a paragraph may sit from where its size puts it. */
const SEED_WINDOW = 0.15;
const REFINE_ROUNDS = 3;
/**
 * A glyph that draws part of another's letter (the stroke of Amiri's kaf after lam) faces
 * nothing in the text: it stands for nothing when it does so this often, and this many times
 * more often than it faces any one character. Read as a joiner, which pdf.js leaves out.
 */
const NOTHING = '';
const NOTHING_MIN = 3;
const NOTHING_RATIO = 5;
export const NO_CHARACTER = '\u200c';
/** Letters before and after a glyph the alignment left untaught that must recur in the text. */
const CONTEXTS = [
  [4, 4],
  [6, 1],
  [1, 6],
] as const;
/** The longest run of characters one glyph may stand for. */
const LIGATURE_MAX = 4;
/** The space glyph faces about as many spaces as the text has: within this ratio. */
const SPACE_RATIO = [0.6, 1.4] as const;
/** A text whose spaces are fewer than this share of its characters has no space glyph to find. */
const SPACED_TEXT = 0.08;

export interface AlignmentOptions {
  /** Arabic: glyph runs are in visual order, each printed line is read backwards. */
  rightToLeft?: boolean;
}

type Votes = Map<number, Map<string, number>>;

function vote(votes: Votes, symbol: number, text: string, weight = 1): void {
  const forSymbol = votes.get(symbol) ?? new Map<string, number>();
  votes.set(symbol, forSymbol);
  forSymbol.set(text, (forSymbol.get(text) ?? 0) + weight);
}

function winners(votes: Votes): Map<number, string> {
  const map = new Map<number, string>();
  for (const [symbol, candidates] of votes) {
    let best = '';
    let bestCount = 0;
    for (const [text, count] of candidates) {
      if (text !== NOTHING && count > bestCount) {
        best = text;
        bestCount = count;
      }
    }
    const nothing = candidates.get(NOTHING) ?? 0;
    if (nothing >= NOTHING_MIN && nothing > NOTHING_RATIO * bestCount)
      map.set(symbol, NO_CHARACTER);
    else if (bestCount > 0) map.set(symbol, best);
  }
  return map;
}

const codePoints = (text: string) => Array.from(text, (c) => c.codePointAt(0) as number);

/** Where each symbol repeats: two sequences of one shape are one text under a 1:1 map. */
function shape(symbols: readonly (number | string)[]): string {
  const first = new Map<number | string, number>();
  return symbols
    .map((symbol, i) => {
      if (!first.has(symbol)) first.set(symbol, i);
      return first.get(symbol);
    })
    .join(',');
}

/** The probe glyph that stands for the space: as frequent as the text's spaces. */
function findSpaceGlyph(probe: readonly number[], text: string): number | undefined {
  const spaces = text.match(/ /g)?.length ?? 0;
  if (spaces < SPACED_TEXT * text.length) return undefined;
  const counts = new Map<number, number>();
  for (const symbol of probe)
    if (isProbe(symbol)) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
  const [symbol, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (symbol === undefined || count === undefined) return undefined;
  const ratio = count / spaces;
  return ratio >= SPACE_RATIO[0] && ratio <= SPACE_RATIO[1] ? symbol : undefined;
}

/**
 * Seeds: paragraphs whose glyphs and the text's lines have the same length and the same
 * pattern of repeats, near the same place in the document, and alone in being so.
 */
function seedVotes(probeLines: number[][], textLines: string[][], votes: Votes): void {
  const probeTotal = probeLines.reduce((sum, line) => sum + line.length, 0) || 1;
  const textTotal = textLines.reduce((sum, line) => sum + line.length, 0) || 1;
  const textStarts: number[] = [];
  let at = 0;
  for (const line of textLines) {
    textStarts.push(at / textTotal);
    at += line.length;
  }
  const textShapes = textLines.map(shape);
  let position = 0;
  for (const line of probeLines) {
    const where = position / probeTotal;
    position += line.length;
    if (line.length < SEED_MIN_LENGTH) continue;
    const lineShape = shape(line);
    const matches = textLines.flatMap((candidate, j) =>
      candidate.length === line.length &&
      Math.abs((textStarts[j] as number) - where) <= SEED_WINDOW &&
      textShapes[j] === lineShape
        ? [candidate]
        : [],
    );
    if (matches.length !== 1) continue;
    line.forEach((symbol, k) => {
      if (isProbe(symbol)) vote(votes, symbol, (matches[0] as string[])[k] as string);
    });
  }
}

/**
 * One pass of the whole text against the glyphs read with the map so far: equal stretches
 * confirm, and a replaced stretch teaches its glyphs (one by one when the lengths agree, a
 * single glyph facing a short run as a ligature).
 */
function refineVotes(probe: readonly number[], text: string, map: Map<number, string>): Votes {
  const votes: Votes = new Map();
  const unknown = new Map<number, string>();
  // One UTF-16 unit per glyph, so diff offsets are glyph offsets.
  const decoded = probe
    .map((symbol) => {
      if (!isProbe(symbol))
        return String.fromCodePoint(symbol).length === 1 ? String.fromCodePoint(symbol) : '\ufffd';
      const known = map.get(symbol);
      if (known !== undefined && known.length === 1) return known;
      const placeholder =
        unknown.get(symbol) ?? String.fromCharCode(0xe000 + (unknown.size % 6400));
      unknown.set(symbol, placeholder);
      return placeholder;
    })
    .join('');
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const diffs = dmp.diff_main(decoded, text, false);
  let p = 0;
  let t = 0;
  for (let i = 0; i < diffs.length; i++) {
    const [op, segment] = diffs[i] as [number, string];
    if (op === 0) {
      for (let k = 0; k < segment.length; k++) {
        const symbol = probe[p + k] as number;
        if (isProbe(symbol)) vote(votes, symbol, text[t + k] as string);
      }
      p += segment.length;
      t += segment.length;
      continue;
    }
    const next = diffs[i + 1];
    if (op === -1 && next && next[0] === 1) {
      const deleted = probe.slice(p, p + segment.length);
      const inserted = next[1];
      if (deleted.length === inserted.length) {
        deleted.forEach((symbol, k) => {
          if (isProbe(symbol)) vote(votes, symbol, inserted[k] as string);
        });
      } else if (
        deleted.length === 1 &&
        inserted.trim().length > 0 &&
        inserted.trim().length <= LIGATURE_MAX &&
        isProbe(deleted[0] as number)
      ) {
        vote(votes, deleted[0] as number, inserted.trim());
      }
      p += segment.length;
      t += inserted.length;
      i++;
      continue;
    }
    if (op === -1) {
      // A glyph alone between stretches that agree, facing nothing.
      if (
        segment.length === 1 &&
        isProbe(probe[p] as number) &&
        diffs[i - 1]?.[0] === 0 &&
        diffs[i + 1]?.[0] === 0
      )
        vote(votes, probe[p] as number, NOTHING);
      p += segment.length;
    } else t += segment.length;
  }
  return votes;
}

/**
 * Arabic glyph runs come in the order they are drawn, left to right: each line is read
 * backwards, except runs of glyphs already known to be left-to-right (digits, Latin letters),
 * which keep their order with the spaces and punctuation between them.
 */
function inReadingOrder(
  probe: string,
  classes?: { leftToRight: (symbol: number) => boolean; neutral: (symbol: number) => boolean },
): string {
  return probe
    .split('\n')
    .map((line) => {
      const reversed = Array.from(line).reverse();
      if (!classes) return reversed.join('');
      const { leftToRight, neutral } = classes;
      const symbols = reversed.map((c) => c.codePointAt(0) as number);
      const out: number[] = [];
      for (let i = 0; i < symbols.length; ) {
        if (!leftToRight(symbols[i] as number)) {
          out.push(symbols[i] as number);
          i++;
          continue;
        }
        let end = i;
        for (let j = i + 1; j < symbols.length; j++) {
          const symbol = symbols[j] as number;
          if (leftToRight(symbol)) end = j;
          else if (!neutral(symbol)) break;
        }
        out.push(...symbols.slice(i, end + 1).reverse());
        i = end + 1;
      }
      return String.fromCodePoint(...out);
    })
    .join('\n');
}

/**
 * The character(s) each probe glyph stands for, learned from `text`. `probe` is the PDF's text
 * read with a probe map (every glyph of an unmapped font a character of planes 15–16).
 */
export function learnGlyphTexts(
  probe: string,
  text: string,
  options: AlignmentOptions = {},
): Map<number, string> {
  if (!options.rightToLeft) return learnInOrder(probe, text);
  const drawn = bracketsAsDrawn(text);
  // Which glyphs are digits or Latin letters is known only once a first pass has read them.
  // A left-to-right line among them (the symbol, `A/RES/217 (III)`) can seed only as drawn.
  const first = learnInOrder(inReadingOrder(probe), drawn, probe);
  const reads = (symbol: number, pattern: RegExp) => pattern.test(first.get(symbol) ?? '');
  return learnInOrder(
    inReadingOrder(probe, {
      leftToRight: (symbol) => reads(symbol, /^[\p{N}\p{Script=Latin}]+$/u),
      // Spaces and punctuation sit inside a left-to-right run.
      neutral: (symbol) => symbol === 0x20 || reads(symbol, /^[\s\p{P}\p{S}]+$/u),
    }),
    drawn,
  );
}

function learnInOrder(probe: string, text: string, alsoSeedFrom?: string): Map<number, string> {
  const ordered = codePoints(probe);
  const space = findSpaceGlyph(ordered, text);
  // Spaces are left out of the seeds: a PDF draws some and leaves gaps for others.
  const isGap = (symbol: number) => symbol === space || symbol === 0x20;
  const linesOf = (symbols: readonly number[]) => {
    const lines: number[][] = [[]];
    for (const symbol of symbols) {
      if (symbol === 0x0a) lines.push([]);
      else if (!isGap(symbol)) (lines[lines.length - 1] as number[]).push(symbol);
    }
    return lines;
  };
  const textLines = text.split('\n').map((line) => Array.from(line.replace(/\s+/g, '')));
  const votes: Votes = new Map();
  seedVotes(linesOf(ordered), textLines, votes);
  if (alsoSeedFrom !== undefined) seedVotes(linesOf(codePoints(alsoSeedFrom)), textLines, votes);
  let map = winners(votes);
  if (space !== undefined) map.set(space, ' ');
  const whole = ordered
    .filter((symbol) => symbol !== 0x20)
    .map((symbol) => (symbol === 0x0a ? 0x20 : symbol));
  const flatText = text.replace(/\s+/g, ' ');
  for (let round = 0; round < REFINE_ROUNDS; round++) {
    const learned = winners(refineVotes(whole, flatText, map));
    map = new Map([...map, ...learned]);
    if (space !== undefined) map.set(space, ' ');
  }
  return new Map([...map, ...learnFromContext(whole, flatText, map)]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Glyphs the whole-text alignment never taught (a rare form, twice in a document, in a stretch
 * whose lines it matched elsewhere): each run of them is looked up by the letters around it,
 * read with the map so far. Where those letters recur in the text around one same run of
 * characters, the glyphs take it: one character each when the lengths agree, or the whole run
 * for a single glyph (a ligature).
 */
function learnFromContext(
  whole: readonly number[],
  text: string,
  map: ReadonlyMap<number, string>,
): Map<number, string> {
  const known = (symbol: number) => !isProbe(symbol) || (map.get(symbol) ?? NOTHING) !== NOTHING;
  const read = (symbol: number) =>
    isProbe(symbol)
      ? (map.get(symbol) as string).replace(NO_CHARACTER, '')
      : String.fromCodePoint(symbol);
  const votes: Votes = new Map();
  for (let start = 0; start < whole.length; start++) {
    if (known(whole[start] as number)) continue;
    let end = start;
    while (end < whole.length && !known(whole[end] as number)) end++;
    const run = whole.slice(start, end);
    start = end;
    if (run.length > LIGATURE_MAX) continue;
    // Letters on both sides first; one side alone, longer, where the other lies across a
    // line the PDF joined otherwise.
    for (const [left, right] of CONTEXTS) {
      const before = whole.slice(Math.max(0, end - run.length - left), end - run.length);
      const after = whole.slice(end, end + right);
      if (before.length < left || after.length < right) continue;
      if (!before.every(known) || !after.every(known)) continue;
      const around = new RegExp(
        `${escapeRegExp(before.map(read).join(''))}(\\S{1,${run.length + 1}}?)${escapeRegExp(after.map(read).join(''))}`,
        'gu',
      );
      const middles = new Set([...text.matchAll(around)].map((match) => match[1] as string));
      if (middles.size !== 1) continue;
      const middle = Array.from([...middles][0] as string);
      if (middle.length === run.length) {
        run.forEach((symbol, k) => {
          vote(votes, symbol, middle[k] as string);
        });
      } else if (run.length === 1) vote(votes, run[0] as number, middle.join(''));
      break;
    }
  }
  return winners(votes);
}
