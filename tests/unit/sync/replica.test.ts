import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import { stateFromFile } from '../../../utils/formats/merge.ts';
import { syncDocumentsForSet } from '../../../utils/sync/documents.ts';
import {
  documentsToWrite,
  type StoredLeaves,
  type StoredRevision,
  underSetId,
  versionsBesideKept,
} from '../../../utils/sync/replica.ts';
import { fixtureSet } from '../formats/export/fixture.ts';

const state = stateFromFile(fixtureSet).state;
const here = syncDocumentsForSet(state, 'my-comments');
const comment = state.annotations.find((a) => a.setId === 'my-comments') as Annotation;
const id = `annotation:${comment.id}`;
const at = (day: number) => `2031-01-0${day}T00:00:00.000Z`;
const revision = (rev: string, annotation: Annotation): StoredRevision => ({
  _id: id,
  _rev: rev,
  kind: 'annotation',
  annotation,
});
const alone = (winner: StoredRevision): StoredLeaves => ({ winner, conflicting: [] });

describe('what the background writes to the replica', () => {
  it('writes everything to an empty replica and nothing to one that holds the same', () => {
    expect(documentsToWrite(here, new Map())).toHaveLength(here.length);
    const stored = new Map(
      here.map((doc) => [doc._id, alone({ ...doc, _rev: '1-a' } as StoredRevision)]),
    );
    expect(documentsToWrite(here, stored)).toEqual([]);
  });

  it('writes an edit made here on top of the replica’s revision, never an older one over a newer', () => {
    const mine = { ...comment, comment: 'edited here', updatedAt: at(3) };
    const theirs = { ...comment, comment: 'edited by a colleague', updatedAt: at(2) };
    const wanted = [{ _id: id, kind: 'annotation' as const, annotation: mine }];
    expect(documentsToWrite(wanted, new Map([[id, alone(revision('2-x', theirs))]]))).toEqual([
      { ...wanted[0], _rev: '2-x' },
    ]);
    const older = [
      { _id: id, kind: 'annotation' as const, annotation: { ...mine, updatedAt: at(1) } },
    ];
    expect(documentsToWrite(older, new Map([[id, alone(revision('2-x', theirs))]]))).toEqual([]);
  });

  it('renames the set for the server and back, leaving other sets alone', () => {
    const renamed = underSetId(here, 'my-comments', 'my-comments~abc');
    expect(renamed.find((doc) => doc.kind === 'set')).toMatchObject({
      set: { id: 'my-comments~abc' },
    });
    expect(
      renamed
        .filter((doc) => doc.kind === 'annotation')
        .every((doc) => doc.annotation.setId === 'my-comments~abc'),
    ).toBe(true);
    expect(underSetId(renamed, 'my-comments~abc', 'my-comments')).toEqual(here);
  });
});

describe('an engine conflict in the replica', () => {
  const amina = { ...comment, comment: 'Amina, offline', updatedAt: at(2) };
  const jonas = { ...comment, comment: 'Jonas, offline', updatedAt: at(3) };
  const kept = [{ _id: id, kind: 'annotation' as const, annotation: jonas }];
  // The engine's winner is chosen by revision hash: here the version Redline does not keep.
  const leaves = new Map([
    [id, { winner: revision('2-b', amina), conflicting: [revision('2-a', jonas)] }],
  ]);

  it('shows every member the version not kept', () => {
    expect(
      versionsBesideKept([revision('2-b', amina), revision('2-a', jonas)], jonas, (a) => a),
    ).toEqual([amina]);
  });

  it('stays open while each member holds the version Redline keeps: nothing is written', () => {
    expect(documentsToWrite(kept, leaves)).toEqual([]);
  });

  it('is settled by an edit newer than both: written on the winning revision, the other closed', () => {
    const chosen = { ...amina, updatedAt: at(4) };
    const settlement = [{ _id: id, kind: 'annotation' as const, annotation: chosen }];
    expect(documentsToWrite(settlement, leaves)).toEqual([
      { ...settlement[0], _rev: '2-b' },
      { _id: id, _rev: '2-a', _deleted: true },
    ]);
  });
});
