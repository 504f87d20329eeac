import { hashHex } from './fingerprint.ts';
import { OccurrenceIndex } from './occurrence-index.ts';
import { indexUnits, type StructuralUnit, type UnitLookup } from './units.ts';
import { collapseWhitespace, isWhitespaceCode } from './whitespace.ts';

/**
 * A document text prepared once for anchoring: the whitespace-collapsed copy the matchers search,
 * the way back to original offsets, its structural units and its version fingerprint. All offsets
 * that leave this object are original offsets.
 */
export class SearchText {
  readonly collapsed: string;
  readonly units: UnitLookup;
  private readonly toOriginal: Int32Array;
  private fingerprint: string | undefined;
  private occurrenceIndex: OccurrenceIndex | undefined;

  constructor(
    readonly original: string,
    units: readonly StructuralUnit[] = [],
  ) {
    const collapsed = collapseWhitespace(original);
    this.collapsed = collapsed.text;
    this.toOriginal = collapsed.toOriginal;
    this.units = indexUnits(units);
  }

  get version(): string {
    // Same value as fingerprintText(original), without collapsing the text a second time.
    this.fingerprint ??= hashHex(this.collapsed.trim());
    return this.fingerprint;
  }

  /** Built on first use: a text whose passages all anchor by version never needs it. */
  get occurrences(): OccurrenceIndex {
    this.occurrenceIndex ??= new OccurrenceIndex(this.collapsed);
    return this.occurrenceIndex;
  }

  originalOffset(collapsedOffset: number): number {
    return this.toOriginal[collapsedOffset] as number;
  }

  /** The original end of a collapsed range ending at `collapsedEnd` (exclusive). */
  originalEnd(collapsedEnd: number): number {
    if (collapsedEnd === 0) return 0;
    const last = this.toOriginal[collapsedEnd - 1] as number;
    if (this.collapsed.charCodeAt(collapsedEnd - 1) !== 0x20) return last + 1;
    let end = last;
    while (end < this.original.length && isWhitespaceCode(this.original.charCodeAt(end))) end++;
    return end;
  }

  /** The collapsed offset of the first collapsed character at or after `originalOffset`. */
  collapsedOffset(originalOffset: number): number {
    let low = 0;
    let high = this.collapsed.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.toOriginal[middle] as number) < originalOffset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
