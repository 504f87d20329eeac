import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, anchorMany } from '../../../utils/anchoring/anchor.ts';
import { describePassage } from '../../../utils/anchoring/describe.ts';
import { SearchText } from '../../../utils/anchoring/search-text.ts';
import type { PassageSelectors } from '../../../utils/anchoring/selectors.ts';
import { collapseOnly } from '../../../utils/anchoring/whitespace.ts';
import { outlineForTests, seededRandom, untoc, wordPassages } from './helpers/corpus.ts';
import { excusedOrphan } from './helpers/excuse.ts';

const units = outlineForTests(untoc);
const doc = new SearchText(untoc, units);

/** As if made on another version, so the version shortcut cannot answer for the matcher. */
function searchedFor(passage: PassageSelectors): PassageSelectors {
  return { ...passage, documentVersion: 'another version' };
}

const ranges = fc
  .integer({ min: 0, max: untoc.length - 1 })
  .chain((start) =>
    fc
      .integer({ min: 1, max: Math.min(240, untoc.length - start) })
      .map((length) => ({ start, end: start + length })),
  );

describe('anchoring what was described, on the same text', () => {
  it('finds random ranges of the UNTOC text exactly where they were', () => {
    fc.assert(
      fc.property(ranges, ({ start, end }) => {
        const passage = describePassage(doc, start, end);
        const result = anchor(searchedFor(passage), doc);
        if (untoc.slice(start, end).trim() === '') {
          expect(result).toEqual({ status: 'orphan', reason: 'empty quote' });
        } else if (!excusedOrphan(untoc, passage, result)) {
          expect(result).toEqual({ status: 'exact', start, end });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('tells apart every occurrence of a repeated phrase', () => {
    const occurrences = [...untoc.matchAll(/States Parties|this Convention|programme/g)];
    expect(occurrences.length).toBeGreaterThan(150);
    for (const match of occurrences) {
      const start = match.index;
      const end = start + match[0].length;
      expect(anchor(searchedFor(describePassage(doc, start, end)), doc)).toEqual({
        status: 'exact',
        start,
        end,
      });
    }
  });

  it('uses the version shortcut only when the text at the position still is the quote', () => {
    const passage = describePassage(doc, 100, 140);
    expect(anchor(passage, doc)).toEqual({ status: 'exact', start: 100, end: 140 });
    const shifted = `Preface. ${untoc}`;
    expect(anchor(passage, shifted, outlineForTests(shifted))).toEqual({
      status: 'exact',
      start: 109,
      end: 149,
    });
  });
});

describe('anchoring across whitespace changes', () => {
  const reflowed = fc.array(fc.constantFrom(' ', '\n', '  ', ' \n\n ', '\t'), {
    minLength: 64,
    maxLength: 64,
  });

  it('finds a passage when only line breaks and spaces changed', () => {
    fc.assert(
      fc.property(ranges, reflowed, ({ start, end }, runs) => {
        fc.pre(untoc.slice(start, end).trim() !== '');
        let n = 0;
        const revised = untoc.replace(/\s+/g, () => runs[n++ % runs.length] as string);
        const passage = describePassage(doc, start, end);
        const result = anchor(passage, revised);
        // Alone, a short quote has no neighbours to tell how far the reflow moved it.
        const short = collapseOnly(passage.quote.exact).trim().length < 20;
        if (result.status === 'orphan' && (short || excusedOrphan(untoc, passage, result))) return;
        expect(result.status).toBe('exact');
        if (result.status !== 'exact') return;
        expect(collapseOnly(revised.slice(result.start, result.end)).trim()).toBe(
          collapseOnly(untoc.slice(start, end)).trim(),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('finds short passages after a reflow when their neighbours tell how far text moved', () => {
    const revised = untoc.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' '));
    const ranges = wordPassages(untoc, 300, seededRandom(3), 16);
    const results = anchorMany(
      ranges.map(({ start, end }) => describePassage(doc, start, end)),
      revised,
    );
    results.forEach((result, i) => {
      const { start, end } = ranges[i] as { start: number; end: number };
      expect(result.status).toBe('exact');
      if (result.status === 'exact') {
        expect(collapseOnly(revised.slice(result.start, result.end)).trim()).toBe(
          collapseOnly(untoc.slice(start, end)).trim(),
        );
      }
    });
  });
});
