import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, mergeStates, type SharedState } from '../../../../utils/formats/merge.ts';
import { normalised, rawStateArbitrary } from './arbitraries.ts';

/** A state as stored: one version per id, reached by merging the raw lists into nothing. */
const stateArbitrary = rawStateArbitrary.map((raw) => mergeStates(EMPTY_STATE, raw).state);

const merged = (a: SharedState, b: SharedState) => normalised(mergeStates(a, b).state);

describe('merging shared states', () => {
  it('is idempotent: merging a state into itself, or the same state twice, changes nothing', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, (a, b) => {
        expect(merged(a, a)).toEqual(normalised(a));
        const once = mergeStates(a, b).state;
        expect(merged(once, b)).toEqual(normalised(once));
      }),
    );
  });

  it('is commutative: who imports whose file does not matter', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, (a, b) => {
        expect(merged(a, b)).toEqual(merged(b, a));
      }),
    );
  });

  it('is associative: the order of three colleagues’ files does not matter', () => {
    fc.assert(
      fc.property(stateArbitrary, stateArbitrary, stateArbitrary, (a, b, c) => {
        expect(merged(mergeStates(a, b).state, c)).toEqual(merged(a, mergeStates(b, c).state));
      }),
    );
  });

  it('reports a second merge of the same state as all unchanged', () => {
    fc.assert(
      fc.property(stateArbitrary, (a) => {
        const { counts } = mergeStates(a, a);
        expect(counts.unchanged).toBe(a.annotations.length);
        expect(counts.new + counts.updated + counts.conflicts + counts.tombstones).toBe(0);
      }),
    );
  });
});
