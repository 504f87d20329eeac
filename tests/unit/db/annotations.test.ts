import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteAnnotation,
  listAnnotations,
  saveAnnotation,
  supersededVersions,
  undoDelete,
} from '../../../utils/db/annotations.ts';
import { discardDraft, listDrafts, saveDraft } from '../../../utils/db/drafts.ts';
import { deleteOpened, freshDb } from '../../harness/fresh-db.ts';
import { annotationOn } from '../annotations/fixtures.ts';

afterEach(deleteOpened);

describe('saving annotations', () => {
  it('creates the default set on first save and lists live annotations only', async () => {
    const db = freshDb();
    await saveAnnotation(db, annotationOn('a1'));
    await saveAnnotation(db, annotationOn('a2', { documentKey: 'other|en' }));
    expect((await db.sets.get('my-comments'))?.name).toBe('My comments');
    expect((await listAnnotations(db, 'A/AC.254/4/Rev.11|en')).map((a) => a.id)).toEqual(['a1']);
  });

  it('keeps both versions when two tabs edit the same comment: the later one wins', async () => {
    const db = freshDb();
    const original = annotationOn('a1');
    await saveAnnotation(db, original);
    const tabA = { ...original, comment: 'Edit in tab A', updatedAt: '2026-11-01T10:05:00.000Z' };
    const tabB = { ...original, comment: 'Edit in tab B', updatedAt: '2026-11-01T10:04:00.000Z' };
    expect((await saveAnnotation(db, tabA, original.updatedAt)).conflict).toBeUndefined();
    const outcome = await saveAnnotation(db, tabB, original.updatedAt);
    expect(outcome.conflict).toBeDefined();
    expect(outcome.saved.comment).toBe('Edit in tab A');
    expect((await db.annotations.get('a1'))?.comment).toBe('Edit in tab A');
    const history = await supersededVersions(db, 'a1');
    expect(history.map((version) => [version.reason, version.annotation.comment])).toEqual([
      ['concurrent-edit', 'Edit in tab B'],
    ]);
  });

  it('deletes as a tombstone and undoes the delete', async () => {
    const db = freshDb();
    await saveAnnotation(db, annotationOn('a1', { comment: 'Keep me' }));
    const tombstone = await deleteAnnotation(db, 'a1', new Date('2026-11-02T00:00:00Z'));
    expect(tombstone.deleted).toBe(true);
    expect(await listAnnotations(db, 'A/AC.254/4/Rev.11|en')).toEqual([]);
    const restored = await undoDelete(db, 'a1', new Date('2026-11-02T00:01:00Z'));
    expect(restored.comment).toBe('Keep me');
    expect(restored.deleted).toBeUndefined();
    expect(restored.updatedAt).toBe('2026-11-02T00:01:00.000Z');
    await expect(undoDelete(db, 'a1')).rejects.toThrow('nothing to undo');
  });

  it('keeps unsent drafts per document until discarded or saved', async () => {
    const db = freshDb();
    const { target, documentKey } = annotationOn('a1');
    const draft = {
      key: 'new:x',
      documentKey,
      target,
      provision: 'Art. 5(1)(b)',
      fields: { comment: 'half-writ', rationale: '', tags: [] },
      updatedAt: '2026-11-02T00:00:00.000Z',
    };
    await saveDraft(db, draft);
    expect(await listDrafts(db, documentKey)).toEqual([draft]);
    await discardDraft(db, 'new:x');
    expect(await listDrafts(db, documentKey)).toEqual([]);
    await saveDraft(db, draft);
    await saveAnnotation(db, annotationOn('a9'), undefined, 'new:x');
    expect(await listDrafts(db, documentKey)).toEqual([]);
  });
});
