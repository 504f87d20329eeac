import type { Annotation } from '../formats/annotation.ts';
import { DEFAULT_SET_ID } from '../formats/annotation-set.ts';
import { defaultSet } from '../formats/layers.ts';
import { loadProfile } from './profile.ts';
import type { RedlineDb } from './schema.ts';

export interface SaveOutcome {
  /** The version now in the database. */
  saved: Annotation;
  /** Set when another tab changed the annotation since this edit began: the loser is kept. */
  conflict?: { kept: Annotation; superseded: Annotation };
}

/** The live annotations of a document (tombstones left out). */
export async function listAnnotations(db: RedlineDb, documentKey: string): Promise<Annotation[]> {
  const all = await db.annotations.where('documentKey').equals(documentKey).toArray();
  return all.filter((annotation) => !annotation.deleted);
}

/**
 * Saves an edit. `baseUpdatedAt` is the version the editor started from; if the stored version
 * moved on since, two tabs edited at once: the later `updatedAt` wins and the other version goes
 * to `superseded`, where the user can still reach it.
 */
export async function saveAnnotation(
  db: RedlineDb,
  edit: Annotation,
  baseUpdatedAt?: string,
  completesDraft?: string,
): Promise<SaveOutcome> {
  return db.transaction(
    'rw',
    [db.annotations, db.superseded, db.sets, db.drafts, db.profile],
    async () => {
      await ensureSet(db, edit.setId, edit.updatedAt ?? new Date().toISOString());
      // A saved comment is no longer unsent, even if the tab closes right after saving.
      if (completesDraft) await db.drafts.delete(completesDraft);
      const stored = await db.annotations.get(edit.id);
      const concurrent = stored && stored.updatedAt !== baseUpdatedAt;
      if (!stored || !concurrent) {
        await db.annotations.put(edit);
        return { saved: edit };
      }
      const [kept, superseded] =
        (edit.updatedAt ?? '') >= (stored.updatedAt ?? '') ? [edit, stored] : [stored, edit];
      await db.annotations.put(kept);
      await db.superseded.add({
        annotationId: edit.id,
        reason: 'concurrent-edit',
        savedAt: new Date().toISOString(),
        annotation: superseded,
      });
      return { saved: kept, conflict: { kept, superseded } };
    },
  );
}

/** Deletes by tombstone, so the deletion travels to colleagues; the old version allows undo. */
export async function deleteAnnotation(
  db: RedlineDb,
  id: string,
  now = new Date(),
): Promise<Annotation> {
  return db.transaction('rw', db.annotations, db.superseded, async () => {
    const stored = await db.annotations.get(id);
    if (!stored) throw new Error(`no annotation ${id}`);
    await db.superseded.add({
      annotationId: id,
      reason: 'deleted',
      savedAt: now.toISOString(),
      annotation: stored,
    });
    const tombstone = { ...stored, deleted: true, updatedAt: now.toISOString() };
    await db.annotations.put(tombstone);
    return tombstone;
  });
}

/** Brings back the version a delete removed, as a new edit so it wins over the tombstone. */
export async function undoDelete(db: RedlineDb, id: string, now = new Date()): Promise<Annotation> {
  return db.transaction('rw', db.annotations, db.superseded, async () => {
    const deletions = await db.superseded
      .where('annotationId')
      .equals(id)
      .filter((v) => v.reason === 'deleted')
      .sortBy('seq');
    const last = deletions.at(-1);
    if (!last) throw new Error(`nothing to undo for ${id}`);
    const restored: Annotation = {
      ...last.annotation,
      deleted: undefined,
      updatedAt: now.toISOString(),
    };
    delete restored.deleted;
    await db.annotations.put(restored);
    await db.superseded.delete(last.seq as number);
    return restored;
  });
}

/** The versions of an annotation that lost to another edit, newest first. */
export async function supersededVersions(db: RedlineDb, id: string) {
  const versions = await db.superseded.where('annotationId').equals(id).sortBy('seq');
  return versions.reverse();
}

/** The set a comment goes to; the default one starts named after the profile's owner. */
async function ensureSet(db: RedlineDb, setId: string, now: string): Promise<void> {
  if (await db.sets.get(setId)) return;
  const profile = await loadProfile(db);
  const own = defaultSet(profile, now);
  await db.sets.put(setId === DEFAULT_SET_ID ? own : { ...own, id: setId, name: setId });
}
