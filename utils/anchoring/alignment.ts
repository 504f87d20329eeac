export interface Pair {
  oldStart: number;
  newStart: number;
}

/** Edits between two neighbouring passages rarely add or remove more than this. */
const SHIFT_TOLERANCE = 2000;
const NEIGHBOURS = 3;

/**
 * Where passages anchored with certainty moved to, old start -> new start. Edits shift whole
 * stretches of text, so a passage's neighbours tell where it should now be.
 */
export class Alignment {
  private readonly oldStarts: number[];
  private readonly shifts: number[];

  /** Only pairs that agree with their neighbours: see `agreeingPairs`. */
  constructor(pairs: readonly Pair[]) {
    const sorted = [...pairs].sort((a, b) => a.oldStart - b.oldStart);
    this.oldStarts = sorted.map((pair) => pair.oldStart);
    this.shifts = sorted.map((pair) => pair.newStart - pair.oldStart);
  }

  /** Where a passage that started at `oldStart` is expected, by its nearest neighbours' shifts. */
  expectedStarts(oldStart: number): number[] {
    if (this.oldStarts.length === 0) return [oldStart];
    const { before, after } = this.shiftsAround(oldStart);
    const expected: number[] = [];
    if (before !== undefined) expected.push(oldStart + before);
    if (after !== undefined && after !== before) expected.push(oldStart + after);
    return expected;
  }

  /**
   * How many characters the text between a passage's nearest neighbours lost (negative: gained);
   * undefined without a neighbour on each side. A passage cut whole takes at least its own length.
   */
  lostAround(oldStart: number): number | undefined {
    const { before, after } = this.shiftsAround(oldStart);
    return before === undefined || after === undefined ? undefined : before - after;
  }

  private shiftsAround(oldStart: number) {
    let low = 0;
    let high = this.oldStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.oldStarts[middle] as number) <= oldStart) low = middle + 1;
      else high = middle;
    }
    return { before: this.shifts[low - 1], after: this.shifts[low] };
  }
}

/**
 * The pairs that can speak for their neighbours: those in the longest run that keeps its order,
 * and whose shift is close to the typical shift of the pairs just before or just after them. A
 * pair left out was either moved with its paragraph, or settled on a copy of its words elsewhere;
 * either way it needs its place weighed again.
 */
export function agreeingPairs<T extends Pair>(
  pairs: readonly T[],
): { agreeing: T[]; doubtful: T[] } {
  const inOrder = new Set(longestIncreasingRun([...pairs].sort((a, b) => a.oldStart - b.oldStart)));
  const ordered = [...inOrder];
  const shiftOf = (pair: Pair) => pair.newStart - pair.oldStart;
  const agreeing = ordered.filter((pair, i) => {
    const before = ordered.slice(Math.max(0, i - NEIGHBOURS), i).map(shiftOf);
    const after = ordered.slice(i + 1, i + 1 + NEIGHBOURS).map(shiftOf);
    if (before.length === 0 && after.length === 0) return true;
    return [before, after].some(
      (side) => side.length > 0 && Math.abs(median(side) - shiftOf(pair)) <= SHIFT_TOLERANCE,
    );
  });
  const kept = new Set(agreeing);
  return { agreeing, doubtful: pairs.filter((pair) => !kept.has(pair)) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Patience sorting: the longest subsequence whose new starts strictly increase. */
export function longestIncreasingRun<T extends Pair>(sorted: readonly T[]): T[] {
  const tails: number[] = [];
  const previous = new Int32Array(sorted.length).fill(-1);
  sorted.forEach((pair, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[tails[middle] as number] as T).newStart < pair.newStart) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1] as number;
    tails[low] = i;
  });
  const run: T[] = [];
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = previous[i] as number) {
    run.push(sorted[i] as T);
  }
  return run.reverse();
}
