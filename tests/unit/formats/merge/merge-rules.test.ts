import { describe, expect, it } from 'vitest';
import { decideAnnotation, EMPTY_STATE, mergeStates } from '../../../../utils/formats/merge.ts';
import { annotation } from './arbitraries.ts';

const EARLY = '2026-11-01T10:00:00.000Z';
const LATE = '2026-11-05T10:00:00.000Z';

describe('deciding between two versions of an annotation', () => {
  it('lets a newer edit win and keeps the replaced one as an older edit', () => {
    const mine = annotation({ comment: 'old', updatedAt: EARLY });
    const theirs = annotation({ comment: 'new', updatedAt: LATE });
    expect(decideAnnotation(mine, theirs)).toEqual({
      kind: 'updated',
      winner: theirs,
      replaced: mine,
    });
    const { state, lost, counts } = mergeStates(
      { ...EMPTY_STATE, annotations: [mine] },
      {
        ...EMPTY_STATE,
        annotations: [theirs],
      },
    );
    expect(state.annotations).toEqual([theirs]);
    expect(lost).toEqual([{ annotation: mine, reason: 'older-edit' }]);
    expect(counts.updated).toBe(1);
  });

  it('never lets an older edit overwrite a newer one', () => {
    const mine = annotation({ comment: 'new', updatedAt: LATE });
    const theirs = annotation({ comment: 'old', updatedAt: EARLY });
    const { state, counts, lost } = mergeStates(
      { ...EMPTY_STATE, annotations: [mine] },
      {
        ...EMPTY_STATE,
        annotations: [theirs],
      },
    );
    expect(state.annotations).toEqual([mine]);
    expect(counts.olderIgnored).toBe(1);
    expect(lost).toEqual([]);
  });

  it('keeps both of two edits made at the same instant, choosing the same winner either way', () => {
    const a = annotation({ comment: 'Delete the paragraph.', updatedAt: LATE });
    const b = annotation({ comment: 'Narrow the paragraph.', updatedAt: LATE });
    const ab = decideAnnotation(a, b);
    const ba = decideAnnotation(b, a);
    expect(ab.kind).toBe('conflict');
    expect(ab).toEqual(ba);
    const { lost, conflicts } = mergeStates(
      { ...EMPTY_STATE, annotations: [a] },
      {
        ...EMPTY_STATE,
        annotations: [b],
      },
    );
    expect(conflicts).toHaveLength(1);
    expect(lost.map((l) => l.reason)).toEqual(['concurrent-edit']);
  });

  it('deletes with a newer tombstone and resurrects with a newer edit', () => {
    const live = annotation({ updatedAt: EARLY });
    const tombstone = annotation({ deleted: true, updatedAt: '2026-11-03T10:00:00.000Z' });
    const edit = annotation({ comment: 'Still needed.', updatedAt: LATE });
    const deleted = mergeStates(
      { ...EMPTY_STATE, annotations: [live] },
      {
        ...EMPTY_STATE,
        annotations: [tombstone],
      },
    );
    expect(deleted.state.annotations).toEqual([tombstone]);
    expect(deleted.counts.tombstones).toBe(1);
    expect(deleted.lost).toEqual([{ annotation: live, reason: 'deleted' }]);
    const resurrected = mergeStates(deleted.state, { ...EMPTY_STATE, annotations: [edit] });
    expect(resurrected.state.annotations).toEqual([edit]);
    expect(resurrected.counts.updated).toBe(1);
    const staleDelete = mergeStates(resurrected.state, {
      ...EMPTY_STATE,
      annotations: [tombstone],
    });
    expect(staleDelete.state.annotations).toEqual([edit]);
  });

  it('refuses an id that names an annotation on another document, and overwrites nothing', () => {
    const mine = annotation({ documentKey: 'A/AC.291/22|en', updatedAt: EARLY });
    const theirs = annotation({ documentKey: 'A/AC.291/23|en', updatedAt: LATE });
    const { state, collisions, counts } = mergeStates(
      { ...EMPTY_STATE, annotations: [mine] },
      {
        ...EMPTY_STATE,
        annotations: [theirs],
      },
    );
    expect(state.annotations).toEqual([mine]);
    expect(collisions).toEqual([{ kept: mine, refused: theirs }]);
    expect(counts.collisions).toBe(1);
  });

  it('merges documents by key, keeping every version either side saw', () => {
    const { state, counts } = mergeStates(
      { ...EMPTY_STATE, documents: [{ key: 'd', versions: ['v1'] }] },
      {
        ...EMPTY_STATE,
        documents: [
          { key: 'd', title: 'Draft', versions: ['v1', 'v2'] },
          { key: 'e', versions: [] },
        ],
      },
    );
    expect(state.documents).toEqual([
      { key: 'd', title: 'Draft', versions: ['v1', 'v2'] },
      { key: 'e', versions: [] },
    ]);
    expect(counts.newDocuments).toBe(1);
  });
});
