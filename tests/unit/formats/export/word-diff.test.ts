import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amendedText, amendmentParts } from '../../../../utils/formats/export/amendment.ts';
import { type DiffPart, wordDiff } from '../../../../utils/formats/export/word-diff.ts';

const side = (parts: DiffPart[], skip: DiffPart['op']) =>
  parts
    .filter((part) => part.op !== skip)
    .map((part) => part.text)
    .join('');

describe('wordDiff', () => {
  it('replaces whole words, not letters', () => {
    expect(wordDiff('at least four years', 'at least five years')).toEqual([
      { op: 'equal', text: 'at least ' },
      { op: 'delete', text: 'four' },
      { op: 'insert', text: 'five' },
      { op: 'equal', text: ' years' },
    ]);
  });

  it('strikes a dropped comma on its own', () => {
    const parts = wordDiff('persons, existing', 'persons existing');
    expect(parts).toContainEqual({ op: 'delete', text: ',' });
    expect(parts.filter((part) => part.op === 'insert')).toEqual([]);
  });

  it('treats each Chinese character as a word', () => {
    const parts = wordDiff('各缔约国均应采取', '各缔约国应采取');
    expect(parts).toEqual([
      { op: 'equal', text: '各缔约国' },
      { op: 'delete', text: '均' },
      { op: 'equal', text: '应采取' },
    ]);
  });

  it('rebuilds both texts from its parts, for any input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        (before, after) => {
          const parts = wordDiff(before, after);
          expect(side(parts, 'insert')).toBe(before);
          expect(side(parts, 'delete')).toBe(after);
          expect(parts.every((part) => part.text !== '')).toBe(true);
        },
      ),
    );
  });
});

describe('amendmentParts', () => {
  it('shows an insertion after the quote, spaced like prose', () => {
    expect(amendmentParts('for witnesses', { kind: 'insert', text: 'and defenders' })).toEqual([
      { op: 'equal', text: 'for witnesses ' },
      { op: 'insert', text: 'and defenders' },
    ]);
    expect(amendedText('prosecution', { kind: 'insert', text: ', with full respect,' })).toBe(
      'prosecution, with full respect,',
    );
  });

  it('strikes the whole quote for a deletion', () => {
    expect(amendmentParts('where required', { kind: 'delete', text: '' })).toEqual([
      { op: 'delete', text: 'where required' },
    ]);
    expect(amendedText('where required', { kind: 'delete', text: '' })).toBe('');
  });

  it('diffs a replacement word by word', () => {
    expect(amendedText('three or more', { kind: 'replace', text: 'two or more' })).toBe(
      'two or more',
    );
  });
});
