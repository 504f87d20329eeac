import { describe, expect, it } from 'vitest';
import { Annotation } from '../../../utils/formats/annotation.ts';
import { awaitingCarry, carriedAnnotation, carryTargetOf } from '../../../utils/revisions/carry.ts';
import { annotationOn } from '../annotations/fixtures.ts';

describe('carrying a comment to a newer revision', () => {
  const original = annotationOn('old-1', {
    proposal: { kind: 'delete', text: '' },
    tags: ['scope'],
  });
  const newTarget = { ...original.target, documentVersion: 'feedfacefeedface' };

  it('copies the comment with a new id and a record of where it came from', () => {
    const carried = carriedAnnotation(
      original,
      { documentKey: 'A/AC.254/4/Rev.12|en', target: newTarget, provision: 'Art. 6(1)(b)' },
      { symbol: 'A/AC.254/4/Rev.11' },
      new Date('2026-11-29T12:00:00Z'),
      'new-1',
    );
    expect(Annotation.parse(carried)).toEqual(carried);
    expect(carried).toMatchObject({
      id: 'new-1',
      documentKey: 'A/AC.254/4/Rev.12|en',
      provision: 'Art. 6(1)(b)',
      comment: original.comment,
      proposal: original.proposal,
      tags: ['scope'],
      author: original.author,
      carriedFrom: {
        annotationId: 'old-1',
        documentKey: original.documentKey,
        provision: 'Art. 5(1)(b)',
        symbol: 'A/AC.254/4/Rev.11',
      },
    });
  });

  it('offers only comments not carried yet, and never tombstones', () => {
    const deleted = annotationOn('old-2', { deleted: true });
    const pending = annotationOn('old-3');
    const done = carriedAnnotation(
      original,
      { documentKey: 'new', target: newTarget, provision: '' },
      {},
      new Date(),
    );
    expect(awaitingCarry([original, deleted, pending], [done]).map((a) => a.id)).toEqual(['old-3']);
  });

  it('has no place for a gone passage until the user selects one', () => {
    expect(
      carryTargetOf({ id: 'x', status: 'gone', oldProvision: 'Art. 9' }, 'new'),
    ).toBeUndefined();
    expect(
      carryTargetOf(
        {
          id: 'x',
          status: 'moved',
          oldProvision: 'Art. 9',
          newProvision: 'Art. 8',
          target: newTarget,
        },
        'new',
      ),
    ).toEqual({ documentKey: 'new', target: newTarget, provision: 'Art. 8' });
  });
});
