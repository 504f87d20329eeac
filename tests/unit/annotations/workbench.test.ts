import { describe, expect, it } from 'vitest';
import {
  type AnchorInfo,
  authorsInUse,
  tagsInUse,
  workbenchView,
} from '../../../utils/annotations/workbench.ts';
import { annotationOn } from './fixtures.ts';

const art2 = annotationOn('art2', {
  provision: 'Art. 2(a)',
  start: 300,
  tags: ['definitions'],
  stance: 'amend',
});
const art5a = annotationOn('art5a', {
  provision: 'Art. 5(1)(a)',
  start: 2000,
  comment: 'Agreement offence',
});
const art5b = annotationOn('art5b', {
  provision: 'Art. 5(1)(a)',
  start: 2100,
  tags: ['definitions', 'mens rea'],
});
const art3 = annotationOn('art3', {
  provision: 'Art. 3(1)',
  start: 900,
  author: { id: 'colleague', name: 'B' },
});
const lost = annotationOn('lost', { provision: 'Art. 9', start: 5000 });
const all = [art5b, lost, art2, art5a, art3];

const anchors = new Map<string, AnchorInfo>([
  ['art2', { status: 'exact', start: 310 }],
  ['art3', { status: 'fuzzy', start: 905, score: 0.82 }],
  ['art5a', { status: 'exact', start: 2010 }],
  ['art5b', { status: 'exact', start: 2110 }],
  ['lost', { status: 'orphan', reason: 'not found' }],
]);

describe('the workbench view', () => {
  it('groups comments by provision in document order and sets orphans apart', () => {
    const view = workbenchView(all, anchors, {});
    expect(
      view.groups.map((group) => [group.provision, group.items.map((item) => item.annotation.id)]),
    ).toEqual([
      ['Art. 2(a)', ['art2']],
      ['Art. 3(1)', ['art3']],
      ['Art. 5(1)(a)', ['art5a', 'art5b']],
    ]);
    expect(view.orphans.map((item) => item.annotation.id)).toEqual(['lost']);
    expect(view.counts).toEqual({ exact: 3, fuzzy: 1, orphan: 1, unknown: 0 });
    expect(view.shown).toBe(5);
  });

  it('filters by tag, stance, status, author and text, and counts what is left', () => {
    expect(workbenchView(all, anchors, { tag: 'definitions' }).shown).toBe(2);
    expect(workbenchView(all, anchors, { stance: 'amend' }).groups[0]?.provision).toBe('Art. 2(a)');
    expect(workbenchView(all, anchors, { status: 'fuzzy' }).groups.map((g) => g.provision)).toEqual(
      ['Art. 3(1)'],
    );
    expect(workbenchView(all, anchors, { authorId: 'colleague' }).shown).toBe(1);
    const search = workbenchView(all, anchors, { text: 'AGREEMENT' });
    expect(search.groups.flatMap((g) => g.items.map((i) => i.annotation.id))).toEqual(['art5a']);
    expect(search.total).toBe(5);
  });

  it('orders comments not yet anchored by where they were made, and counts them as unknown', () => {
    const view = workbenchView([art5a, art2], new Map(), {});
    expect(view.groups.map((group) => group.provision)).toEqual(['Art. 2(a)', 'Art. 5(1)(a)']);
    expect(view.counts.unknown).toBe(2);
    expect(tagsInUse(all)).toEqual(['definitions', 'mens rea']);
    expect(authorsInUse(all, 'Unnamed author')).toEqual([
      { id: 'author-1', name: 'A. Reviewer' },
      { id: 'colleague', name: 'B' },
    ]);
  });
});
