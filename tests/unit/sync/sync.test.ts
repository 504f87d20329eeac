import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import { type Problem, problem } from '../../../utils/formats/import/problem.ts';
import { stateFromFile } from '../../../utils/formats/merge.ts';
import { problemText } from '../../../utils/i18n/problem.ts';
import { translator } from '../../../utils/i18n/translate.ts';
import {
  databaseNameForSet,
  readSyncDocuments,
  syncDocumentsForSet,
} from '../../../utils/sync/documents.ts';
import { parseServerAddress } from '../../../utils/sync/server-address.ts';
import { inEnglish } from '../../harness/problems.ts';
import { fixtureSet } from '../formats/export/fixture.ts';

const state = stateFromFile(fixtureSet).state;

describe('the address of a sync server', () => {
  it('takes https anywhere and plain http only on this machine', () => {
    expect(parseServerAddress('https://sync.example.org').ok).toBe(true);
    expect(parseServerAddress('http://127.0.0.1:5984').ok).toBe(true);
    expect(parseServerAddress('http://localhost:5984').ok).toBe(true);
    expect(parseServerAddress('http://[::1]:5984').ok).toBe(true);
    const remote = parseServerAddress('http://sync.example.org');
    expect(remote.ok).toBe(false);
    if (!remote.ok) expect(remote.errors[0]?.code).toBe('sync.addressNotEncrypted');
    expect(parseServerAddress('http://127.0.0.1.example.org').ok).toBe(false);
    expect(parseServerAddress('https://ana:secret@sync.example.org').ok).toBe(false);
    expect(parseServerAddress('ftp://sync.example.org').ok).toBe(false);
    expect(parseServerAddress('not an address').ok).toBe(false);
  });
});

describe('sync documents of a set', () => {
  const mine = state.annotations.filter((annotation) => annotation.setId === 'my-comments');
  const note = { ...(mine[0] as Annotation), id: 'note', private: true as const };

  it('hold the set, its documents and its comments, never a private one', () => {
    const documents = syncDocumentsForSet(
      { ...state, annotations: [...state.annotations, note] },
      'my-comments',
    );
    const ids = documents.map((document) => document._id);
    expect(ids).toContain('set');
    expect(ids).not.toContain('annotation:note');
    expect(ids.filter((id) => id.startsWith('annotation:'))).toHaveLength(mine.length);
    const read = readSyncDocuments(documents, 'my-comments');
    expect(read.skipped).toEqual([]);
    expect(read.file?.annotations).toEqual(expect.arrayContaining(mine));
  });

  it('skips documents that are malformed, private, or of another set, and reads the rest', () => {
    const documents = syncDocumentsForSet(state, 'my-comments');
    const read = readSyncDocuments(
      [
        ...documents,
        { _id: 'annotation:x', kind: 'annotation', annotation: { id: 'x' } },
        { _id: 'annotation:note', kind: 'annotation', annotation: note },
        {
          _id: `annotation:${mine[1]?.id}`,
          kind: 'annotation',
          annotation: { ...mine[0], id: mine[1]?.id },
        },
        { _id: '_design/redline', validate_doc_update: 'function () {}' },
      ],
      'my-comments',
    );
    expect(inEnglish(read.skipped)).toEqual([
      'annotation:x: not imported (annotation.setId: expected string, received undefined, annotation.documentKey: expected string, received undefined, annotation.target: expected object, received undefined, annotation.provision: expected string, received undefined, annotation.comment: expected string, received undefined, annotation.rationale: expected string, received undefined, and annotation.tags: expected array, received undefined)',
      'annotation:note: a private comment, which is never shared',
    ]);
    expect(read.file?.annotations).toHaveLength(mine.length);
  });

  it('say which documents of another set they left out, in the reader’s language', () => {
    const other = { ...(mine[0] as Annotation), setId: 'their-comments' };
    const read = readSyncDocuments(
      [
        ...syncDocumentsForSet(state, 'my-comments'),
        { _id: `annotation:${other.id}`, kind: 'annotation', annotation: other },
      ],
      'my-comments',
    );
    expect(read.skipped).toEqual([
      problem('sync.otherSet', { found: 'their-comments' }, `annotation:${other.id}`),
    ]);
    const [reason] = read.skipped as [Problem];
    expect(problemText(reason, translator('fr'))).toBe(
      `annotation:${other.id} : il appartient au jeu « their-comments », pas à celui-ci`,
    );
    // Arabic isolates the Latin id and set name so they keep their order in right-to-left text.
    expect(problemText(reason, translator('ar')).replace(/[\u2068\u2069]/g, '')).toBe(
      `annotation:${other.id}: ينتمي إلى المجموعة "their-comments"، لا إلى هذه المجموعة`,
    );
  });

  it('pick the newer of two revisions of a comment by Redline’s merge rule', () => {
    const comment = mine[0] as Annotation;
    const older = { ...comment, comment: 'older', updatedAt: '2031-01-01T00:00:00.000Z' };
    const newer = { ...comment, comment: 'newer', updatedAt: '2031-01-02T00:00:00.000Z' };
    const id = `annotation:${comment.id}`;
    const revisions = [
      { _id: id, _rev: '2-b', kind: 'annotation', annotation: newer },
      { _id: id, _rev: '2-a', kind: 'annotation', annotation: older },
    ];
    for (const order of [revisions, [...revisions].reverse()]) {
      const read = readSyncDocuments(order, 'my-comments');
      expect(read.merge.state.annotations.map((a) => a.comment)).toEqual(['newer']);
    }
  });

  it('name databases as CouchDB allows', () => {
    expect(databaseNameForSet('my-comments')).toBe('redline-set-my-comments');
    expect(databaseNameForSet('My Set~ab')).toMatch(/^redline-set-[0-9a-f]{16}$/);
  });
});
