import { describe, expect, it } from 'vitest';
import { anchorMany } from '../../../utils/anchoring/anchor.ts';
import { describePassage } from '../../../utils/anchoring/describe.ts';
import { SearchText } from '../../../utils/anchoring/search-text.ts';
import { outlineForTests, seededRandom, untoc, wordPassages } from './helpers/corpus.ts';
import { revise, type Truth } from './helpers/revision.ts';
import { judge, scenarios } from './helpers/scenarios.ts';

const oldDoc = new SearchText(untoc, outlineForTests(untoc));
const passages = wordPassages(untoc, 400, seededRandom(7));
/** Every occurrence of words that recur: the short quotes that move wrongly most easily. */
const repeated = ['programme', 'States Parties', 'Convention', 'offence'].flatMap((word) =>
  [...untoc.matchAll(new RegExp(word, 'g'))].map((match) => ({
    start: match.index,
    end: match.index + word.length,
  })),
);

function run(edits: (typeof scenarios)[number]['edits'], ranges: typeof passages) {
  const revision = revise(untoc, edits);
  const described = ranges.map(({ start, end }) => describePassage(oldDoc, start, end));
  const results = anchorMany(described, revision.text, outlineForTests(revision.text));
  const counts = { exact: 0, fuzzy: 0, orphan: 0, right: 0, wrong: 0, lost: 0 };
  const wrong: string[] = [];
  results.forEach((result, i) => {
    const range = ranges[i] as { start: number; end: number };
    const truth = revision.truth(range.start, range.end);
    if (truth === 'split') return;
    counts[result.status]++;
    const verdict = judge(result, truth as Truth);
    if (verdict === 'wrong') {
      counts.wrong++;
      wrong.push(
        `${JSON.stringify(untoc.slice(range.start, range.end))} -> ${JSON.stringify(result)} (truth ${JSON.stringify(truth)})`,
      );
    } else if (verdict === 'right') counts.right++;
    else if ((truth as Truth).kind === 'same') counts.lost++;
  });
  return { tally: counts, wrong };
}

/**
 * Counts on this fixed scenario set (400 word-aligned passages, then every occurrence of four
 * recurring words). A change here is a change in behaviour: look at what moved before updating.
 */
const expected: Record<string, [Tally, Tally]> = {
  unchanged: [tally(400, 0, 0), tally(368, 0, 0)],
  insertions: [tally(387, 3, 10), tally(365, 0, 3)],
  deletions: [tally(378, 12, 10), tally(354, 0, 14)],
  substitutions: [tally(386, 14, 0), tally(366, 0, 2)],
  'renumbered articles': [tally(391, 9, 0), tally(368, 0, 0)],
  'moved paragraphs': [tally(396, 0, 3), tally(362, 0, 6)],
  'deleted paragraphs': [tally(389, 0, 11), tally(357, 0, 11)],
};

type Tally = { exact: number; fuzzy: number; orphan: number };
function tally(exact: number, fuzzy: number, orphan: number): Tally {
  return { exact, fuzzy, orphan };
}

describe('anchoring passages of the UNTOC text on revised drafts', () => {
  for (const scenario of scenarios) {
    it(`places every passage where it is, or orphans it: ${scenario.name}`, () => {
      const words = run(scenario.edits, passages);
      const short = run(scenario.edits, repeated);
      expect(words.wrong).toEqual([]);
      expect(short.wrong).toEqual([]);
      const counts = ({ exact, fuzzy, orphan }: Tally) => ({ exact, fuzzy, orphan });
      expect([counts(words.tally), counts(short.tally)]).toEqual(expected[scenario.name]);
    });
  }

  it('loses no unchanged passage when nothing changed', () => {
    expect(run([], passages).tally.lost).toBe(0);
  });
});
