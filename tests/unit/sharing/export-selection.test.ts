import { describe, expect, it } from 'vitest';
import {
  ALL_OF_THEM,
  authorsOf,
  chosenAnnotations,
  countBySet,
  paragraphsOf,
  selectionSummary,
} from '../../../utils/annotations/export-selection.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import { translator } from '../../../utils/i18n/translate.ts';
import { colleague } from '../../fixtures/sharing/database.ts';

function annotation(changes: Partial<Annotation>): Annotation {
  const base = colleague().annotations[0] as Annotation;
  return { ...base, ...changes };
}

const mine = { id: 'me', name: 'Ana', organisation: 'CLF' };
const theirs = { id: 'them', name: 'Bo' };
const list = [
  annotation({ id: 'a', setId: 'mine', author: mine, tags: ['privacy'], stance: 'amend' }),
  annotation({ id: 'b', setId: 'mine', author: mine, tags: [], stance: 'oppose' }),
  annotation({ id: 'c', setId: 'colleague', author: theirs, tags: ['privacy', 'speech'] }),
  annotation({ id: 'd', setId: 'colleague', author: theirs, deleted: true }),
];
const ids = (annotations: Annotation[]) => annotations.map((a) => a.id);

describe('choosing what goes into a submission', () => {
  it('keeps every live annotation when nothing is narrowed', () => {
    expect(ids(chosenAnnotations(list, ALL_OF_THEM))).toEqual(['a', 'b', 'c']);
  });

  it('leaves out excluded sets and authors, and nothing at all when every set is excluded', () => {
    expect(ids(chosenAnnotations(list, { ...ALL_OF_THEM, excludedSetIds: ['colleague'] }))).toEqual(
      ['a', 'b'],
    );
    expect(ids(chosenAnnotations(list, { ...ALL_OF_THEM, excludedAuthorIds: ['me'] }))).toEqual([
      'c',
    ]);
    expect(
      chosenAnnotations(list, { ...ALL_OF_THEM, excludedSetIds: ['mine', 'colleague'] }),
    ).toEqual([]);
  });

  it('keeps annotations with any ticked tag, and with a ticked stance', () => {
    expect(ids(chosenAnnotations(list, { ...ALL_OF_THEM, tags: ['speech', 'privacy'] }))).toEqual([
      'a',
      'c',
    ]);
    const opposed = chosenAnnotations(list, { ...ALL_OF_THEM, stances: ['oppose'] });
    expect(ids(opposed)).toEqual(['b']);
  });

  it('names authors with their organisation and counts live annotations only', () => {
    expect(authorsOf(list, 'Unnamed author')).toEqual([
      { id: 'me', label: 'Ana (CLF)', count: 2 },
      { id: 'them', label: 'Bo', count: 1 },
    ]);
    expect(countBySet(list)).toEqual(
      new Map([
        ['mine', 2],
        ['colleague', 1],
      ]),
    );
  });

  it('names an author by the name given later when early comments had none', () => {
    const early = annotation({ id: 'e', setId: 'mine', author: { id: 'me', name: '' } });
    expect(authorsOf([early, ...list], 'Unnamed author')).toEqual([
      { id: 'me', label: 'Ana (CLF)', count: 3 },
      { id: 'them', label: 'Bo', count: 1 },
    ]);
  });

  it('names comments whose file named nobody in the reader’s language', () => {
    const nobody = annotation({ id: 'n', setId: 'colleague' });
    delete nobody.author;
    expect(authorsOf([nobody], translator('ar').t('card.unnamedAuthor'))).toEqual([
      { id: '', label: 'مؤلف بلا اسم', count: 1 },
    ]);
  });

  it('says how many comments from how many sets', () => {
    const en = translator('en');
    expect(selectionSummary(list.slice(0, 3), en)).toBe('3 comments from 2 sets');
    expect(selectionSummary(list.slice(0, 1), en)).toBe('1 comment from 1 set');
    expect(selectionSummary([], en)).toBe('0 comments from 0 sets');
    expect(selectionSummary(list.slice(0, 3), translator('ru'))).toBe('3 комментария из 2 наборов');
  });

  it('splits general comments into paragraphs at blank lines', () => {
    expect(paragraphsOf('First line\nstill first.\n\n  \nSecond.\n\n')).toEqual([
      'First line\nstill first.',
      'Second.',
    ]);
    expect(paragraphsOf('   ')).toEqual([]);
  });
});
