import { describe, expect, it } from 'vitest';
import { Alignment, agreeingPairs } from '../../../utils/anchoring/alignment.ts';

describe('the alignment of settled passages', () => {
  it('expects a passage where its neighbours on either side moved', () => {
    const alignment = new Alignment([
      { oldStart: 100, newStart: 110 },
      { oldStart: 500, newStart: 530 },
    ]);
    expect(alignment.expectedStarts(300)).toEqual([310, 330]);
    expect(alignment.expectedStarts(50)).toEqual([60]);
    expect(alignment.expectedStarts(900)).toEqual([930]);
  });

  it('keeps the position as it was when nothing settled', () => {
    expect(new Alignment([]).expectedStarts(1234)).toEqual([1234]);
  });

  it('doubts a pair out of order: moved with its paragraph, or settled on a copy elsewhere', () => {
    const moved = { oldStart: 200, newStart: 90_000 };
    const pairs = [
      { oldStart: 100, newStart: 100 },
      moved,
      { oldStart: 300, newStart: 300 },
      { oldStart: 400, newStart: 400 },
    ];
    expect(agreeingPairs(pairs).doubtful).toEqual([moved]);
  });

  it('doubts a pair whose shift agrees with neither side, though in order', () => {
    const copy = { oldStart: 5000, newStart: 90_000 };
    const pairs = [
      { oldStart: 1000, newStart: 1000 },
      { oldStart: 2000, newStart: 2010 },
      copy,
      { oldStart: 100_000, newStart: 100_020 },
      { oldStart: 110_000, newStart: 110_030 },
    ];
    const { agreeing, doubtful } = agreeingPairs(pairs);
    expect(doubtful).toEqual([copy]);
    expect(agreeing).toHaveLength(4);
  });

  it('keeps the pairs on both sides of a long insertion', () => {
    const pairs = [0, 1, 2, 3].map((i) => ({ oldStart: i * 100, newStart: i * 100 }));
    const after = [4, 5, 6].map((i) => ({ oldStart: i * 100, newStart: i * 100 + 5000 }));
    expect(agreeingPairs([...pairs, ...after]).doubtful).toEqual([]);
  });
});
