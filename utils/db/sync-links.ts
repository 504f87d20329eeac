/** The live sets: only the background reads these, since they hold credentials. */
import type { Annotation } from '../formats/annotation.ts';
import { canonicalJson } from '../formats/import/canonical-json.ts';
import type { SyncLink } from '../sync/link.ts';
import type { RedlineDb } from './schema.ts';

export function allSyncLinks(db: RedlineDb): Promise<SyncLink[]> {
  return db.syncLinks.toArray();
}

export async function saveSyncLink(db: RedlineDb, link: SyncLink): Promise<void> {
  await db.syncLinks.put(link);
}

/** Leaving a live set forgets the server; the set and its comments stay here. */
export async function removeSyncLink(db: RedlineDb, setId: string): Promise<void> {
  await db.syncLinks.delete(setId);
}

/**
 * Versions a sync found concurrent with the one kept (the engine saw two edits, neither built
 * on the other), recorded as such so the Comments tab offers them whatever their times say. A
 * version already recorded as concurrent is not recorded twice.
 */
export async function recordConcurrentVersions(
  db: RedlineDb,
  versions: readonly Annotation[],
  now = new Date(),
): Promise<number> {
  if (versions.length === 0) return 0;
  return db.transaction('rw', db.superseded, async () => {
    const ids = [...new Set(versions.map((version) => version.id))];
    const known = await db.superseded.where('annotationId').anyOf(ids).toArray();
    const seen = new Set(
      known
        .filter((row) => row.reason === 'concurrent-edit')
        .map((row) => canonicalJson(row.annotation)),
    );
    let added = 0;
    for (const version of versions) {
      const key = canonicalJson(version);
      if (seen.has(key)) continue;
      seen.add(key);
      await db.superseded.add({
        annotationId: version.id,
        reason: 'concurrent-edit',
        savedAt: now.toISOString(),
        annotation: version,
      });
      added++;
    }
    return added;
  });
}

/**
 * Comments of the set with a concurrent version recorded after their last edit: the choice
 * between them is still open (keeping a version is a new edit).
 */
export async function openConflicts(db: RedlineDb, setId: string): Promise<number> {
  const rows = await db.superseded.toArray();
  const concurrent = rows.filter((row) => row.reason === 'concurrent-edit');
  if (concurrent.length === 0) return 0;
  const current = await db.annotations.bulkGet([
    ...new Set(concurrent.map((row) => row.annotationId)),
  ]);
  const byId = new Map(
    current.flatMap((annotation) => (annotation ? [[annotation.id, annotation]] : [])),
  );
  const open = new Set<string>();
  for (const row of concurrent) {
    const annotation = byId.get(row.annotationId);
    if (annotation?.setId === setId && row.savedAt > (annotation.updatedAt ?? '')) {
      open.add(annotation.id);
    }
  }
  return open.size;
}
