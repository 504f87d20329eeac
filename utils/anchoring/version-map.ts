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
/** 31 to the power PROBE - 1, modulo 2^32: the weight of a probe's first character. */
const PROBE_HIGHEST_POWER = 0xfc018edf;
/**
 * One phrase start in about this many is probed, chosen by its hash so that both versions probe
 * the same phrases: anchors enough to pair the versions up, for a quarter of the work.
 */
const SAMPLE = 4;
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
  private readonly beforeProbes: Probes;
  private readonly afterProbes: Probes;

  constructor(
    private readonly before: string,
    private readonly after: string,
  ) {
    this.beforeProbes = new Probes(before);
    this.afterProbes = new Probes(after);
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
    const anchors = uniquePairs(before, this.beforeProbes, a0, a1, after, this.afterProbes, b0, b1);
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

/**
 * The phrase starts of a text (word starts, one in about SAMPLE) and the hash of the PROBE
 * characters from each, found once: every stretch the alignment pairs up takes its own out.
 */
class Probes {
  readonly starts: Int32Array;
  readonly hashes: Int32Array;

  constructor(text: string) {
    // A word start follows a space: at most one in two characters.
    const starts = new Int32Array(Math.ceil(text.length / 2) + 1);
    const hashes = new Int32Array(starts.length);
    let count = 0;
    let hash = 0;
    for (let k = 0; k < PROBE && k < text.length; k++) {
      hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
    }
    for (let i = 0; i + PROBE <= text.length; i++) {
      if (i > 0) {
        // Roll the hash along: drop the character leaving the probe, add the one entering it.
        const leaving = Math.imul(text.charCodeAt(i - 1), PROBE_HIGHEST_POWER);
        hash = (Math.imul(hash - leaving, 31) + text.charCodeAt(i + PROBE - 1)) | 0;
        if (text.charCodeAt(i - 1) !== 0x20) continue;
      }
      if (((hash ^ (hash >>> 13)) & (SAMPLE - 1)) !== 0) continue;
      starts[count] = i;
      hashes[count] = hash;
      count++;
    }
    this.starts = starts.subarray(0, count);
    this.hashes = hashes.subarray(0, count);
  }

  /** The indices of the probes lying whole inside `from`..`to`: first, and one past the last. */
  within(from: number, to: number): [number, number] {
    return [this.firstAtOrAfter(from), this.firstAtOrAfter(to - PROBE + 1)];
  }

  private firstAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.starts[middle] as number) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * Hash → the one phrase start with that hash, or SEEN_TWICE: open addressing over typed arrays,
 * since a treaty has tens of thousands of phrase starts and a Map of them costs more than the
 * rest of the alignment.
 */
class PhraseTable {
  private readonly keys: Int32Array;
  /** 1 + the phrase start; 0 for an empty slot. */
  private readonly values: Int32Array;
  private readonly mask: number;

  /** The probes `first`..`last` (exclusive) of `probes`. */
  constructor({ starts, hashes }: Probes, [first, last]: [number, number]) {
    let size = 16;
    while (size < 2 * (last - first)) size *= 2;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    for (let i = first; i < last; i++) {
      const slot = this.slotOf(hashes[i] as number);
      this.keys[slot] = hashes[i] as number;
      this.values[slot] = this.values[slot] === 0 ? (starts[i] as number) + 1 : SEEN_TWICE;
    }
  }

  /** The one start with this hash; -1 if none or several. */
  get(hash: number): number {
    const value = this.values[this.slotOf(hash)] as number;
    return value > 0 ? value - 1 : -1;
  }

  private slotOf(hash: number): number {
    let slot = (hash ^ (hash >>> 16)) & this.mask;
    while (this.values[slot] !== 0 && this.keys[slot] !== hash) slot = (slot + 1) & this.mask;
    return slot;
  }
}

/** A phrase seen twice is no anchor. */
const SEEN_TWICE = -1;

/** Phrases found once in each stretch, in an order both versions keep (longest increasing run). */
function uniquePairs(
  before: string,
  old: Probes,
  a0: number,
  a1: number,
  after: string,
  revised: Probes,
  b0: number,
  b1: number,
): Array<{ oldStart: number; newStart: number }> {
  const [first, last] = old.within(a0, a1);
  const oldTable = new PhraseTable(old, [first, last]);
  const revisedTable = new PhraseTable(revised, revised.within(b0, b1));
  const pairs: Array<{ oldStart: number; newStart: number }> = [];
  // Old starts in text order, so the pairs come sorted by them.
  for (let i = first; i < last; i++) {
    const hash = old.hashes[i] as number;
    const oldStart = old.starts[i] as number;
    if (oldTable.get(hash) !== oldStart) continue;
    const newStart = revisedTable.get(hash);
    if (newStart >= 0 && samePhrase(before, oldStart, after, newStart)) {
      pairs.push({ oldStart, newStart });
    }
  }
  return longestIncreasingRun(pairs);
}

/** Whether the PROBE characters at `a` in `x` and at `b` in `y` are the same (not only their hash). */
function samePhrase(x: string, a: number, y: string, b: number): boolean {
  for (let k = 0; k < PROBE; k++) if (x.charCodeAt(a + k) !== y.charCodeAt(b + k)) return false;
  return true;
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
