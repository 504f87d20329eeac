/**
 * How well a recovered PDF text serves: articles its outline finds, its character accuracy
 * against the official text, and where quotes chosen on the official text anchor on it.
 * Shared by the tests of tests/unit/pdf and bench/pdf-text.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import DiffMatchPatch from 'diff-match-patch';
import { anchorMany } from '../../../../utils/anchoring/anchor.ts';
import { describePassage } from '../../../../utils/anchoring/describe.ts';
import { SearchText } from '../../../../utils/anchoring/search-text.ts';
import { flattenUnits, outlineText } from '../../../../utils/un/outline.ts';
import { seededRandom } from '../../anchoring/helpers/corpus.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/pdf-text');
export const EDITIONS = ['ru', 'ar', 'zh'] as const;
export type Edition = (typeof EDITIONS)[number];

export const fixturePath = (name: string) => path.join(FIXTURES, name);
export const officialText = (edition: Edition) =>
  readFileSync(fixturePath(`udhr-${edition}.txt`), 'utf8');

const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

/** 1 − edit distance / length of the official text (0 at worst), whitespace runs counted as one space. */
export function characterAccuracy(recovered: string, official: string): number {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const expected = collapsed(official);
  const distance = dmp.diff_levenshtein(dmp.diff_main(collapsed(recovered), expected));
  return Math.max(0, 1 - distance / expected.length);
}

/** Where a recovered text differs from the official one, in characters of the official text. */
export interface ErrorKinds {
  /** Spaces the recovered text has and the official one not (pdf.js's gaps between glyphs). */
  extraSpaces: number;
  missingSpaces: number;
  /** Characters the official text never uses: glyphs no source taught, read as glyph numbers. */
  unlearnt: number;
  /** One character read as another (a glyph learnt wrong). */
  swapped: number;
  /** A run read with another length or order (ligatures, marks, digits among Arabic). */
  reshaped: number;
  extra: number;
  missing: number;
}

export function errorKinds(recovered: string, official: string): ErrorKinds {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  const diffs = dmp.diff_main(collapsed(recovered), collapsed(official));
  dmp.diff_cleanupSemantic(diffs);
  const known = new Set(collapsed(official));
  const kinds: ErrorKinds = {
    extraSpaces: 0,
    missingSpaces: 0,
    unlearnt: 0,
    swapped: 0,
    reshaped: 0,
    extra: 0,
    missing: 0,
  };
  for (let i = 0; i < diffs.length; i++) {
    const [op, text] = diffs[i] as [number, string];
    const next = diffs[i + 1];
    if (op === 0) continue;
    if (op === -1 && next?.[0] === 1) {
      const cost = Math.max(text.length, next[1].length);
      if ([...text].some((c) => !known.has(c))) kinds.unlearnt += cost;
      else if (text.length === next[1].length) kinds.swapped += cost;
      else kinds.reshaped += cost;
      i++;
    } else if (text.trim() === '') {
      if (op === -1) kinds.extraSpaces += text.length;
      else kinds.missingSpaces += text.length;
    } else if (op === -1) kinds.extra += text.length;
    else kinds.missing += text.length;
  }
  return kinds;
}

export function articleNumbers(text: string): string[] {
  return flattenUnits(outlineText(text).units)
    .filter((unit) => unit.kind === 'article')
    .map((unit) => unit.number ?? '');
}

const structural = (text: string) =>
  flattenUnits(outlineText(text).units).map(({ address, start, end }) => ({ address, start, end }));

/**
 * Passages of the official text as a reader selects them: whole words in Russian and Arabic,
 * any run of characters in Chinese; 10 to 80 characters.
 */
export function officialQuotes(
  official: string,
  count: number,
  seed = 20,
): Array<{ start: number; end: number }> {
  const random = seededRandom(seed);
  const spaced =
    / /.test(official.slice(0, 2000)) && !/[\u4e00-\u9fff]/.test(official.slice(0, 200));
  const starts = spaced
    ? [...official.matchAll(/(?<=\s)\S/g)].map((match) => match.index as number)
    : Array.from({ length: official.length }, (_, i) => i).filter((i) =>
        /\S/.test(official[i] as string),
      );
  const quotes: Array<{ start: number; end: number }> = [];
  while (quotes.length < count) {
    const start = starts[Math.floor(random() * starts.length)] as number;
    let end = start + 10 + Math.floor(random() * 70);
    if (spaced)
      end = official.indexOf(' ', end) === -1 ? official.length : official.indexOf(' ', end);
    end = Math.min(end, official.length);
    const quote = official.slice(start, end);
    if (quote.includes('\n') || quote.trim().length < 8) continue;
    quotes.push({ start, end });
  }
  return quotes;
}

/** A placed quote this close to the official words is on them. */
const SAME_WORDS = 0.9;

export interface AnchoringCount {
  /** Placed on the same words (exact or fuzzy), to within a character or two. */
  right: number;
  /** Placed, but on other words. */
  wrong: number;
  orphans: number;
}

/** Quotes chosen on the official text, anchored on the recovered text as comments would be. */
export function anchorOfficialQuotes(
  recovered: string,
  official: string,
  count: number,
): AnchoringCount {
  const from = new SearchText(official, structural(official));
  const quotes = officialQuotes(official, count);
  const passages = quotes.map((quote) => describePassage(from, quote.start, quote.end));
  const results = anchorMany(passages, new SearchText(recovered, structural(recovered)));
  const tally: AnchoringCount = { right: 0, wrong: 0, orphans: 0 };
  results.forEach((result, i) => {
    if (result.status === 'orphan') {
      tally.orphans++;
      return;
    }
    const quote = quotes[i] as { start: number; end: number };
    // The recovered text may differ by a character or two: the same words, near enough.
    const same =
      characterAccuracy(
        recovered.slice(result.start, result.end),
        official.slice(quote.start, quote.end),
      ) >= SAME_WORDS;
    if (same) tally.right++;
    else tally.wrong++;
  });
  return tally;
}
