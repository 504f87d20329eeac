/** The outline of a draft: its units, their addresses, and lookups over them. */
import type { StructuralUnit } from '../anchoring/units.ts';
import type { Outline, OutlineUnit } from './schemas.ts';

export { compareAddresses } from './address.ts';
export { outlineText } from './outline-text.ts';

/** The deepest unit whose range holds `offset` (start inclusive, end exclusive). */
export function unitAt(outline: Pick<Outline, 'units'>, offset: number): OutlineUnit | undefined {
  let found: OutlineUnit | undefined;
  let level = outline.units;
  for (;;) {
    const unit = level.find((candidate) => candidate.start <= offset && offset < candidate.end);
    if (!unit) return found;
    found = unit;
    level = unit.children;
  }
}

/** Every unit, parents before their children, in document order. */
export function flattenUnits(units: readonly OutlineUnit[]): OutlineUnit[] {
  const flat: OutlineUnit[] = [];
  const visit = (unit: OutlineUnit) => {
    flat.push(unit);
    unit.children.forEach(visit);
  };
  units.forEach(visit);
  return flat;
}

/** The outline as anchoring reads it: each unit's address and span, in document order. */
export function structuralUnits(outline: { units: readonly OutlineUnit[] }): StructuralUnit[] {
  return flattenUnits(outline.units).map(({ address, start, end }) => ({ address, start, end }));
}

/** Units in document order: by start, an enclosing unit before the units it holds. */
export function sortByDocumentOrder<T extends Pick<OutlineUnit, 'start' | 'end'>>(
  units: readonly T[],
): T[] {
  return [...units].sort((a, b) => a.start - b.start || b.end - a.end);
}
