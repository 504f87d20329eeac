import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, similarity } from '../../../utils/anchoring/similarity.ts';

/** The textbook dynamic programme, to check the bit-parallel version against. */
function referenceDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min(substitution, (row[j] as number) + 1, (next[j - 1] as number) + 1));
    }
    row = next;
  }
  return row[b.length] as number;
}

const text = (maxLength: number) =>
  fc.string({ maxLength, unit: fc.constantFrom('a', 'b', 'c', ' ', 'é') });

describe('edit distance', () => {
  it('agrees with the dynamic programme, for context-sized and longer strings', () => {
    fc.assert(
      fc.property(text(40), text(40), (a, b) => {
        expect(editDistance(a, b)).toBe(referenceDistance(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives similarity 1 for equal strings and less for each edit', () => {
    expect(similarity('shall adopt', 'shall adopt')).toBe(1);
    expect(similarity('shall adopt', 'shall adapt')).toBeCloseTo(1 - 1 / 11);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', '')).toBe(0);
  });
});
