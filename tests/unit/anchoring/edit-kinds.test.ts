import { describe, expect, it } from 'vitest';
import { anchorMany } from '../../../utils/anchoring/anchor.ts';
import { describePassage } from '../../../utils/anchoring/describe.ts';
import { SearchText } from '../../../utils/anchoring/search-text.ts';
import { outlineForTests } from './helpers/corpus.ts';
import { editKindCases, fateOf, type PassageFate } from './helpers/edit-kinds.ts';
import { judge } from './helpers/scenarios.ts';

const cases = editKindCases();

type Counts = Record<PassageFate, { passages: number; right: number; wrong: number }>;

/**
 * Each kind of edit on the UNTOC text, its passages carried with the version they were made on,
 * or found by their selectors alone (another tool's file, a colleague's set made on a version
 * this browser never read).
 */
function carried(kind: string, withVersion: boolean): { counts: Counts; wrong: string[] } {
  const found = cases.find((candidate) => candidate.kind === kind);
  if (!found) throw new Error(`no edit kind ${kind}`);
  const { old, revision, passages } = found;
  const previous = new SearchText(old, outlineForTests(old));
  const selectors = passages.map(({ start, end }) => describePassage(previous, start, end));
  const doc = new SearchText(revision.text, outlineForTests(revision.text));
  const results = anchorMany(selectors, doc, [], withVersion ? previous : undefined);
  const counts: Counts = {
    unchanged: { passages: 0, right: 0, wrong: 0 },
    'edited inside': { passages: 0, right: 0, wrong: 0 },
    deleted: { passages: 0, right: 0, wrong: 0 },
  };
  const wrong: string[] = [];
  results.forEach((result, i) => {
    const passage = passages[i] as (typeof passages)[number];
    const row = counts[fateOf(passage.truth)];
    row.passages++;
    const verdict = judge(result, passage.truth);
    if (verdict === 'right') row.right++;
    if (verdict === 'wrong') {
      row.wrong++;
      wrong.push(
        `${JSON.stringify(old.slice(passage.start, passage.end))} -> ${JSON.stringify(result)}`,
      );
    }
  });
  return { counts, wrong };
}

/**
 * Counts on the seeded edit-kind revisions (bench/anchoring prints the same table beside the
 * peers). A change here is a change in behaviour: look at what moved before updating.
 */
const expected: Record<string, Record<PassageFate, [number, number]>> = {
  substitutions: { unchanged: [45, 45], 'edited inside': [45, 45], deleted: [0, 0] },
  insertions: { unchanged: [60, 60], 'edited inside': [60, 60], deleted: [0, 0] },
  deletions: { unchanged: [60, 60], 'edited inside': [60, 57], deleted: [40, 0] },
  'deleted paragraphs': { unchanged: [30, 30], 'edited inside': [0, 0], deleted: [30, 0] },
  renumbering: { unchanged: [63, 63], 'edited inside': [33, 32], deleted: [0, 0] },
  'deleted phrases that recur elsewhere': {
    unchanged: [60, 60],
    'edited inside': [60, 59],
    deleted: [60, 0],
  },
};

/** The same revisions with the selectors alone: fewer placed, and still none on wrong words. */
const expectedByQuotes: Record<string, Record<PassageFate, [number, number]>> = {
  substitutions: { unchanged: [45, 45], 'edited inside': [45, 43], deleted: [0, 0] },
  insertions: { unchanged: [60, 29], 'edited inside': [60, 3], deleted: [0, 0] },
  deletions: { unchanged: [60, 39], 'edited inside': [60, 33], deleted: [40, 0] },
  'deleted paragraphs': { unchanged: [30, 26], 'edited inside': [0, 0], deleted: [30, 0] },
  renumbering: { unchanged: [63, 62], 'edited inside': [33, 32], deleted: [0, 0] },
  'deleted phrases that recur elsewhere': {
    unchanged: [60, 36],
    'edited inside': [60, 22],
    deleted: [60, 0],
  },
};

for (const [how, withVersion, table] of [
  ['with the version they were made on', true, expected],
  ['by their selectors alone', false, expectedByQuotes],
] as const) {
  describe(`carrying passages over each kind of edit, ${how}`, () => {
    for (const [kind, rows] of Object.entries(table)) {
      it(`places none on wrong words: ${kind}`, () => {
        const { counts, wrong } = carried(kind, withVersion);
        expect(wrong).toEqual([]);
        const placed = Object.fromEntries(
          Object.entries(counts).map(([fate, row]) => [fate, [row.passages, row.right]]),
        );
        expect(placed).toEqual(rows);
      });
    }
  });
}
