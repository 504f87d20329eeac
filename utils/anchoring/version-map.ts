import { wordDiff } from '../formats/export/word-diff.ts';
import { longestIncreasingRun } from './alignment.ts';

/** A stretch of text that stands unchanged in both versions (collapsed offsets). */
export interface KeptRun {
  oldStart: number;
  newStart: number;
  length: number;
}

/** Probes of this many characters, starting at words, pair the two versions' unique phrases. */
const PROBE = 24;
/** Stretches this short (both sides together) are compared word by word. */
const WORD_DIFF_LIMIT = 4000;
/** Below this, what differs between two anchors is one edit: replaced whole, not diffed. */
const ONE_EDIT = 64;
/** Deeper than this, a stretch without unique phrases is left as replaced whole. */
const MAX_DEPTH = 6;

/**
 * Which characters of an earlier version of a text still stand in the later one, and where:
 * patience diffing (phrases found once in each version pair the versions up, in order; the
 * stretches between are paired the same way, then diffed word by word), since a whole-text diff
 * of a treaty costs too much to run each time comments are carried over.
 *
 * It answers what no matcher can from a quote and its context alone: whether the place a
 * passage's words stand in the new version is the new place of another copy of those words.
 */
export class VersionMap {
  readonly runs: KeptRun[] = [];

  constructor(
    private readonly before: string,
    private readonly after: string,
  ) {
    this.align(0, before.length, 0, after.length, 0);
    this.runs.sort((a, b) => a.oldStart - b.oldStart);
  }

  /** The runs of old text inside old `start`..`end`, clipped to it. */
  keptIn(start: number, end: number): KeptRun[] {
    const found: KeptRun[] = [];
    for (let i = this.firstRunEndingAfter(start); i < this.runs.length; i++) {
      const run = this.runs[i] as KeptRun;
      if (run.oldStart >= end) break;
      const from = Math.max(start, run.oldStart);
      const to = Math.min(end, run.oldStart + run.length);
      if (to > from) {
        found.push({
          oldStart: from,
          newStart: run.newStart + from - run.oldStart,
          length: to - from,
        });
      }
    }
    return found;
  }

  /**
   * How many characters of new `start`..`end` came from old text outside old
   * `ownStart`..`ownEnd`: what other old words now stand there.
   */
  othersIn(start: number, end: number, ownStart: number, ownEnd: number): number {
    let count = 0;
    for (let i = this.firstRunEndingAfter(start, 'newStart'); i < this.runs.length; i++) {
      const run = this.runs[i] as KeptRun;
      if (run.newStart >= end) break;
      const from = Math.max(start, run.newStart);
      const to = Math.min(end, run.newStart + run.length);
      if (to <= from) continue;
      // The part of this overlap whose old source lies outside the passage's own old span.
      const oldFrom = run.oldStart + from - run.newStart;
      const oldTo = oldFrom + to - from;
      const own = Math.max(0, Math.min(oldTo, ownEnd) - Math.max(oldFrom, ownStart));
      count += to - from - own;
    }
    return count;
  }

  /**
   * The first run ending after `offset` on one side. Runs keep their order in both versions, so
   * they are sorted by either side's starts.
   */
  private firstRunEndingAfter(offset: number, side: 'oldStart' | 'newStart' = 'oldStart'): number {
    let low = 0;
    let high = this.runs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const run = this.runs[middle] as KeptRun;
      if (run[side] + run.length <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private keep(oldStart: number, newStart: number, length: number) {
    if (length > 0) this.runs.push({ oldStart, newStart, length });
  }

  private align(a0: number, a1: number, b0: number, b1: number, depth: number): void {
    const { before, after } = this;
    const prefix = this.sameAhead(a0, a1, b0, b1);
    this.keep(a0, b0, prefix);
    a0 += prefix;
    b0 += prefix;
    let suffix = 0;
    while (
      a1 - suffix > a0 &&
      b1 - suffix > b0 &&
      before.charCodeAt(a1 - 1 - suffix) === after.charCodeAt(b1 - 1 - suffix)
    )
      suffix++;
    while (suffix > 0 && !(atWordEdge(before, a1 - suffix) && atWordEdge(after, b1 - suffix)))
      suffix--;
    this.keep(a1 - suffix, b1 - suffix, suffix);
    a1 -= suffix;
    b1 -= suffix;
    if (a0 === a1 || b0 === b1 || a1 - a0 + (b1 - b0) <= ONE_EDIT) return;
    if (a1 - a0 + (b1 - b0) <= WORD_DIFF_LIMIT) {
      this.diffWords(a0, a1, b0, b1);
      return;
    }
    if (depth >= MAX_DEPTH) return;
    const anchors = uniquePairs(before, a0, a1, after, b0, b1);
    let a = a0;
    let b = b0;
    for (const anchor of anchors) {
      if (anchor.oldStart < a || anchor.newStart < b) continue;
      this.align(a, anchor.oldStart, b, anchor.newStart, depth + 1);
      const length = this.sameAhead(anchor.oldStart, a1, anchor.newStart, b1);
      this.keep(anchor.oldStart, anchor.newStart, length);
      a = anchor.oldStart + length;
      b = anchor.newStart + length;
    }
    if (anchors.length === 0) {
      if (a1 - a0 + (b1 - b0) <= 4 * WORD_DIFF_LIMIT) this.diffWords(a0, a1, b0, b1);
      return;
    }
    this.align(a, a1, b, b1, depth + 1);
  }

  /**
   * How many characters from old `a0` and new `b0` are the same, cut back to a word's edge: a
   * diff by characters pairs the "a" of "and" inserted before "a Party" with the old "a".
   */
  private sameAhead(a0: number, a1: number, b0: number, b1: number): number {
    const { before, after } = this;
    let length = 0;
    while (
      a0 + length < a1 &&
      b0 + length < b1 &&
      before.charCodeAt(a0 + length) === after.charCodeAt(b0 + length)
    )
      length++;
    while (length > 0 && !(atWordEdge(before, a0 + length) && atWordEdge(after, b0 + length))) {
      length--;
    }
    return length;
  }

  private diffWords(a0: number, a1: number, b0: number, b1: number) {
    let a = a0;
    let b = b0;
    for (const part of wordDiff(this.before.slice(a0, a1), this.after.slice(b0, b1))) {
      const length = part.text.length;
      if (part.op === 'equal') {
        this.keep(a, b, length);
        a += length;
        b += length;
      } else if (part.op === 'delete') a += length;
      else b += length;
    }
  }
}

/** Phrase starts (a word start after a space) in `from`..`to`, keyed by a hash of PROBE characters. */
function probes(text: string, from: number, to: number): Map<number, number> {
  const found = new Map<number, number>();
  for (let i = from; i + PROBE <= to; i++) {
    if (i > from && text.charCodeAt(i - 1) !== 0x20) continue;
    let hash = 0;
    for (let k = 0; k < PROBE; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(i + k)) | 0;
    // A phrase seen twice is no anchor: mark it with -1.
    found.set(hash, found.has(hash) ? -1 : i);
  }
  return found;
}

/** Phrases found once in each stretch, in an order both versions keep (longest increasing run). */
function uniquePairs(
  before: string,
  a0: number,
  a1: number,
  after: string,
  b0: number,
  b1: number,
): Array<{ oldStart: number; newStart: number }> {
  const old = probes(before, a0, a1);
  const revised = probes(after, b0, b1);
  const pairs: Array<{ oldStart: number; newStart: number }> = [];
  for (const [hash, oldStart] of old) {
    const newStart = revised.get(hash);
    if (oldStart < 0 || newStart === undefined || newStart < 0) continue;
    if (before.startsWith(after.slice(newStart, newStart + PROBE), oldStart))
      pairs.push({ oldStart, newStart });
  }
  pairs.sort((x, y) => x.oldStart - y.oldStart);
  return longestIncreasingRun(pairs);
}

/** Whether offset `at` falls between words: at either end, or beside a space. */
function atWordEdge(text: string, at: number): boolean {
  return (
    at === 0 ||
    at === text.length ||
    text.charCodeAt(at - 1) === 0x20 ||
    text.charCodeAt(at) === 0x20
  );
}
