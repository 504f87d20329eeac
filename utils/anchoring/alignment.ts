/**
 * Where passages anchored with certainty moved to, old start -> new start. Edits shift whole
 * stretches of text, so a passage's neighbours tell where it should now be.
 */
export class Alignment {
  private readonly oldStarts: number[];
  private readonly shifts: number[];

  constructor(pairs: ReadonlyArray<{ oldStart: number; newStart: number }>) {
    const sorted = [...pairs].sort((a, b) => a.oldStart - b.oldStart);
    this.oldStarts = sorted.map((pair) => pair.oldStart);
    this.shifts = sorted.map((pair) => pair.newStart - pair.oldStart);
  }

  /** Where a passage that started at `oldStart` is expected, by its nearest neighbours' shifts. */
  expectedStarts(oldStart: number): number[] {
    if (this.oldStarts.length === 0) return [oldStart];
    let low = 0;
    let high = this.oldStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.oldStarts[middle] as number) <= oldStart) low = middle + 1;
      else high = middle;
    }
    const expected: number[] = [];
    const before = this.shifts[low - 1];
    const after = this.shifts[low];
    if (before !== undefined) expected.push(oldStart + before);
    if (after !== undefined && after !== before) expected.push(oldStart + after);
    return expected;
  }
}
