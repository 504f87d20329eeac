/**
 * A structural unit of the draft (article, paragraph, subparagraph...) as the caller's outline
 * gives it: a human address and its offsets in the document text. Units may nest.
 */
export interface StructuralUnit {
  address: string;
  start: number;
  end: number;
}

export interface UnitLookup {
  /** The deepest unit containing `offset`, if any. */
  at(offset: number): StructuralUnit | undefined;
  byAddress(address: string): StructuralUnit | undefined;
}

/**
 * Flattens nested units into consecutive segments, each owned by its deepest unit, so a lookup is
 * one binary search however deep the outline goes.
 */
export function indexUnits(units: readonly StructuralUnit[]): UnitLookup {
  const sorted = [...units]
    .filter((unit) => unit.end > unit.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segmentStarts: number[] = [];
  const segmentUnits: Array<StructuralUnit | undefined> = [];
  const beginSegment = (start: number, unit: StructuralUnit | undefined) => {
    if (segmentStarts[segmentStarts.length - 1] === start)
      segmentUnits[segmentUnits.length - 1] = unit;
    else {
      segmentStarts.push(start);
      segmentUnits.push(unit);
    }
  };
  const open: StructuralUnit[] = [];
  const closeUntil = (offset: number) => {
    while (open.length > 0 && (open[open.length - 1] as StructuralUnit).end <= offset) {
      const closed = open.pop() as StructuralUnit;
      beginSegment(closed.end, open[open.length - 1]);
    }
  };
  for (const unit of sorted) {
    closeUntil(unit.start);
    open.push(unit);
    beginSegment(unit.start, unit);
  }
  closeUntil(Number.POSITIVE_INFINITY);

  const byAddress = new Map<string, StructuralUnit>();
  for (const unit of units) if (!byAddress.has(unit.address)) byAddress.set(unit.address, unit);

  return {
    at(offset) {
      let low = 0;
      let high = segmentStarts.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if ((segmentStarts[middle] as number) <= offset) {
          found = middle;
          low = middle + 1;
        } else high = middle - 1;
      }
      return found < 0 ? undefined : segmentUnits[found];
    },
    byAddress: (address) => byAddress.get(address),
  };
}
