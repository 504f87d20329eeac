import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePassage } from '../../../utils/anchoring/describe.ts';
import { SearchText } from '../../../utils/anchoring/search-text.ts';
import { carryOver } from '../../../utils/revisions/carry-over.ts';
import { flattenUnits, outlineText } from '../../../utils/un/outline.ts';

const oldText = readFileSync(resolve('tests/fixtures/un/untoc.txt'), 'utf8');
const oldDoc = new SearchText(oldText, flattenUnits(outlineText(oldText).units));

/** A comment on `quote` as the extension saves it: selectors and provision from the old text. */
function comment(id: string, quote: string) {
  const start = oldText.indexOf(quote);
  expect(oldText.indexOf(quote, start + 1)).toBe(-1);
  const target = describePassage(oldDoc, start, start + quote.length);
  return { id, target, provision: target.structure?.address ?? '' };
}

const kept = 'to promote cooperation to prevent and combat transnational organized crime';
const edited =
  'States Parties shall endeavour to develop and evaluate national projects and to establish and promote best practices';
const deleted =
  'to reduce existing or future opportunities for organized criminal groups to participate in lawful markets';
const renumbered = 'is designated depositary of this Convention';

const newText = oldText
  .replace(edited, edited.replace('endeavour to develop', 'develop'))
  .replace(deleted, '')
  .replace('Article  41  ', 'Article  42  ');

describe('carryOver', () => {
  const candidates = [
    comment('kept', kept),
    comment('edited', edited),
    comment('deleted', deleted),
    comment('renumbered', renumbered),
  ];
  const [keptResult, editedResult, deletedResult, renumberedResult] = carryOver(
    candidates,
    newText,
  );

  it('keeps the same words in the same provision as unchanged, exact, with new selectors', () => {
    const start = newText.indexOf(kept);
    expect(keptResult).toMatchObject({
      id: 'kept',
      status: 'unchanged',
      oldProvision: 'Art. 1',
      newProvision: 'Art. 1',
      start,
      end: start + kept.length,
      newText: kept,
      score: 1,
    });
    expect(keptResult?.diff).toBeUndefined();
    expect(keptResult?.target?.quote.exact).toBe(kept);
    expect(keptResult?.target?.documentVersion).toBe(new SearchText(newText).version);
  });

  it('flags edited words as changed, with a word diff of the old quote against the new text', () => {
    expect(editedResult?.status).toBe('changed');
    expect(editedResult?.newProvision).toBe(editedResult?.oldProvision);
    expect(editedResult?.score).toBeLessThan(1);
    expect(editedResult?.newText).toContain('States Parties shall develop');
    expect(editedResult?.diff).toContainEqual({ op: 'delete', text: 'endeavour to ' });
  });

  it('reports deleted words as gone, with nothing placed', () => {
    expect(deletedResult).toEqual({ id: 'deleted', status: 'gone', oldProvision: 'Art. 31(2)' });
  });

  it('reports a renumbered article as moved, naming the old and the new provision', () => {
    expect(renumberedResult).toMatchObject({
      status: 'moved',
      oldProvision: 'Art. 41(1)',
      newProvision: 'Art. 42(1)',
      score: 1,
      newText: renumbered,
    });
  });
});
