import { Dexie } from 'dexie';
import type { Annotation } from '../formats/annotation.ts';
import type { AnnotationSetInfo } from '../formats/annotation-set.ts';
import { shareable } from '../formats/privacy.ts';
import { buildSetFile } from '../formats/set-export.ts';
import type { RedlineSetFile } from '../formats/set-file.ts';
import { WRITTEN_AT } from './fingerprints.ts';
import type { RedlineDb } from './schema.ts';

export interface SetSummary {
  /** Live annotations (tombstones left out). */
  annotations: number;
  documents: number;
}

/** A new set of the user's own, visible, with an id no colleague's set can share. */
export async function createSet(
  db: RedlineDb,
  fields: { name: string; colour: string; owner?: AnnotationSetInfo['owner'] },
  now = new Date(),
): Promise<AnnotationSetInfo> {
  const set: AnnotationSetInfo = {
    id: crypto.randomUUID(),
    name: fields.name.trim(),
    colour: fields.colour,
    origin: 'own',
    visible: true,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...(fields.owner ? { owner: fields.owner } : {}),
  };
  await db.sets.add(set);
  return set;
}

/** A new name travels with the set, so it counts as an edit (a newer `updatedAt`). */
export async function renameSet(
  db: RedlineDb,
  id: string,
  name: string,
  now = new Date(),
): Promise<void> {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('a set needs a name');
  await db.sets.update(id, { name: trimmed, updatedAt: now.toISOString() });
}

/**
 * A new colour. For the user's own set it travels like a new name (an edit); a colleague's
 * layer is recoloured here only, and keeps that colour when the colleague's file comes again.
 */
export async function recolourSet(
  db: RedlineDb,
  id: string,
  colour: string,
  now = new Date(),
): Promise<void> {
  if (!/^#[0-9a-f]{6}$/i.test(colour)) throw new Error(`not a colour: ${colour}`);
  const set = await db.sets.get(id);
  if (!set) throw new Error(`no set ${id}`);
  await db.sets.update(
    id,
    set.origin === 'own' ? { colour, updatedAt: now.toISOString() } : { colour },
  );
}

/** Showing or hiding a layer is this browser's business: not an edit of the set. */
export async function setVisible(db: RedlineDb, id: string, visible: boolean): Promise<void> {
  await db.sets.update(id, { visible });
}

/** Per set: how many live annotations it holds, on how many documents. */
export async function summariseSets(db: RedlineDb): Promise<Map<string, SetSummary>> {
  const documents = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  await db.annotations.each((annotation) => {
    if (annotation.deleted) return;
    counts.set(annotation.setId, (counts.get(annotation.setId) ?? 0) + 1);
    const keys = documents.get(annotation.setId) ?? new Set<string>();
    keys.add(annotation.documentKey);
    documents.set(annotation.setId, keys);
  });
  return new Map(
    [...counts].map(([id, annotations]) => [
      id,
      { annotations, documents: documents.get(id)?.size ?? 0 },
    ]),
  );
}

/**
 * The chosen sets as a `*.redline.json`: their annotations, tombstones included so deletions
 * reach colleagues, and the documents those annotations are on.
 */
export function exportSets(
  db: RedlineDb,
  setIds: readonly string[],
  now = new Date(),
  includePrivate = false,
): Promise<RedlineSetFile> {
  return exportSetsOf(
    db,
    setIds,
    // One range per set: `anyOf` walks a cursor, which fake-indexeddb (the benchmark's and the
    // command line's database) makes quadratic: 13 s for 2,000 comments, 0.4 s this way.
    async () =>
      (
        await Promise.all(
          setIds.map((setId) => db.annotations.where('setId').equals(setId).toArray()),
        )
      ).flat(),
    now,
    includePrivate,
  );
}

/**
 * One set with only its annotations written in this browser at or after `since` (an edit here,
 * a deletion, an import, a restore, a merge): what a live set sends once its first push is
 * done, read through the `[setId+writtenAt]` index so an edit costs the same in a set of ten
 * comments as in one of ten thousand.
 */
export function exportSetWrittenSince(
  db: RedlineDb,
  setId: string,
  since: string,
  now = new Date(),
): Promise<RedlineSetFile> {
  return exportSetsOf(
    db,
    [setId],
    () =>
      db.annotations
        .where(`[setId+${WRITTEN_AT}]`)
        .between([setId, since], [setId, Dexie.maxKey], true, true)
        .toArray(),
    now,
    false,
  );
}

async function exportSetsOf(
  db: RedlineDb,
  setIds: readonly string[],
  annotationsOfSets: () => Promise<Annotation[]>,
  now: Date,
  includePrivate: boolean,
): Promise<RedlineSetFile> {
  return db.transaction('r', [db.sets, db.annotations, db.documents], async () => {
    const sets = (await db.sets.bulkGet([...setIds])).filter(
      (set): set is AnnotationSetInfo => set !== undefined,
    );
    const annotations = shareable(await annotationsOfSets(), includePrivate);
    const keys = [...new Set(annotations.map((annotation) => annotation.documentKey))];
    const known = await db.documents.bulkGet(keys);
    // A colleague's Redline refuses annotations on a document the file does not describe.
    const documents = keys.map((key, index) => known[index] ?? { key, versions: [] });
    return buildSetFile({ sets, documents, annotations }, now.toISOString());
  });
}
