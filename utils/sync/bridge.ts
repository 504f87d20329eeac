/**
 * The bridge between a live set's replica and Redline's database, each way by what changed: a
 * push sends the comments edited since the last push, a pull reads the replica's changes since
 * the last change it read. An edit then costs the same in a set of ten comments as in one of
 * ten thousand. The documents pass through the same merge as a colleague's file: newer edit
 * wins, concurrent edits are both kept, deletions travel.
 */
import type { PouchDatabase, Revisioned } from 'pouchdb-browser';
import { applyImport } from '../db/import.ts';
import type { RedlineDb } from '../db/schema.ts';
import { exportSetEditedSince, exportSets } from '../db/sets.ts';
import { recordConcurrentVersions } from '../db/sync-links.ts';
import type { Annotation } from '../formats/annotation.ts';
import { readSyncDocuments, SYNC_ID, syncDocumentsForSet } from './documents.ts';
import type { SyncLink } from './link.ts';
import { documentsToWrite, type StoredRevision, settleConflict, underSetId } from './replica.ts';

/** Where the replica keeps the last change a pull read: a local document, never replicated. */
const PULLED_ID = '_local/redline-pulled';

/**
 * A push looks again at edits stamped this long before the previous push began: an edit being
 * saved while that push read is stamped before the push but may have been committed after it.
 * Looking again costs a comparison; a comment already in the replica is not written twice.
 */
const EDIT_OVERLAP_MS = 60_000;

/** A revision this browser wrote, as `pushEdits` records it and `pullChanges` recognises it. */
function revisionKey(id: string, rev: string): string {
  return `${rev} ${id}`;
}

async function storedRevisions(
  local: PouchDatabase,
  ids: string[],
): Promise<Map<string, StoredRevision>> {
  if (ids.length === 0) return new Map();
  const { rows } = await local.allDocs({ keys: ids, include_docs: true, conflicts: true });
  return new Map(rows.flatMap((row) => (row.doc ? [[row.key, row.doc]] : [])));
}

/**
 * This browser's edits of the set into the replica; the engine takes them to the server.
 * Without `since` every comment of the set is compared (the first push after starting: a file
 * import keeps its comments' own times, so only a full comparison finds them); with it, only
 * those edited since. Adds the revisions it wrote to `pushed`; says where the next push starts.
 */
export async function pushEdits(
  db: RedlineDb,
  local: PouchDatabase,
  link: SyncLink,
  since: string | undefined,
  pushed: Set<string>,
  now = new Date(),
): Promise<string | undefined> {
  const { setId, remoteSetId } = link;
  if (!(await db.sets.get(setId))) return since;
  const next = new Date(now.getTime() - EDIT_OVERLAP_MS).toISOString();
  const file =
    since === undefined
      ? await exportSets(db, [setId], now)
      : await exportSetEditedSince(db, setId, since, now);
  const here = underSetId(syncDocumentsForSet(file, setId), setId, remoteSetId);
  const stored = await storedRevisions(
    local,
    here.map((document) => document._id),
  );
  const writes = documentsToWrite(here, stored);
  if (writes.length > 0) {
    for (const result of await local.bulkDocs(writes)) {
      if (result.rev) pushed.add(revisionKey(result.id, result.rev));
    }
  }
  return next;
}

/** The documents a changed comment needs beside it to be imported: the set, and its document. */
function contextIds(changed: readonly Revisioned[]): string[] {
  const present = new Set(changed.map((doc) => doc._id));
  const needed = new Set<string>([SYNC_ID.set]);
  for (const doc of changed) {
    const annotation = doc.annotation as { documentKey?: unknown } | undefined;
    if (doc.kind === 'annotation' && typeof annotation?.documentKey === 'string') {
      needed.add(`${SYNC_ID.document}${annotation.documentKey}`);
    }
  }
  return [...needed].filter((id) => !present.has(id));
}

/**
 * The replica's changes since the last pull into Redline's database, by the import's rules;
 * engine conflicts among them shown as concurrent versions and settled; the revisions in
 * `pushed` (this browser's own) left out and forgotten. Says how many changes it read: none
 * means nothing arrived.
 */
export async function pullChanges(
  db: RedlineDb,
  local: PouchDatabase,
  link: SyncLink,
  pushed: Set<string>,
): Promise<number> {
  const { remoteSetId } = link;
  const pulled = await local.get(PULLED_ID).catch(() => undefined);
  const since = typeof pulled?.seq === 'number' || typeof pulled?.seq === 'string' ? pulled.seq : 0;
  const { results, last_seq } = await local.changes({
    since,
    include_docs: true,
    conflicts: true,
  });
  if (results.length === 0) return 0;
  // A document the engine deleted (a settled conflict's other revisions) carries nothing to
  // import: Redline's deletions travel as comments marked deleted. Nor does a revision this
  // browser pushed and nobody changed since: it came from Redline's database.
  const changed = results.flatMap(({ id, deleted, doc }) => {
    if (!doc || deleted || id.startsWith('_design/')) return [];
    const own = pushed.delete(revisionKey(id, doc._rev)) && !doc._conflicts?.length;
    return own ? [] : [doc];
  });
  if (changed.length > 0) {
    const context = [...(await storedRevisions(local, contextIds(changed))).values()];
    const conflicted = changed.filter((doc) => (doc._conflicts?.length ?? 0) > 0);
    const revisions = new Map<string, Revisioned[]>();
    for (const doc of conflicted) {
      const others = await Promise.all(
        (doc._conflicts ?? []).map((rev) => local.get(doc._id, { rev })),
      );
      revisions.set(doc._id, [doc, ...others]);
    }
    const read = readSyncDocuments(
      [...changed, ...context, ...[...revisions.values()].flatMap(([, ...others]) => others)],
      remoteSetId,
    );
    // Before the set's own document arrives there is nothing to import into: read again later.
    if (!read.file) return 0;
    await applyImport(db, read.file);
    await settleConflicts(db, local, link, revisions);
  }
  await local.put({ ...(pulled ? { _rev: pulled._rev } : {}), _id: PULLED_ID, seq: last_seq });
  return results.length;
}

async function settleConflicts(
  db: RedlineDb,
  local: PouchDatabase,
  { setId, remoteSetId }: SyncLink,
  revisions: ReadonlyMap<string, Revisioned[]>,
): Promise<void> {
  const asHere = (annotation: Annotation): Annotation =>
    annotation.setId === remoteSetId ? { ...annotation, setId } : annotation;
  const settlements = [];
  for (const [id, versions] of revisions) {
    if (!id.startsWith(SYNC_ID.annotation)) continue;
    const kept = await db.annotations.get(id.slice(SYNC_ID.annotation.length));
    if (!kept) continue;
    const [travelling] = underSetId(
      [{ _id: id, kind: 'annotation', annotation: kept }],
      setId,
      remoteSetId,
    );
    if (!travelling) continue;
    const settled = settleConflict(versions, kept, travelling, asHere);
    await recordConcurrentVersions(db, settled.shown);
    settlements.push(...settled.writes);
  }
  if (settlements.length > 0) await local.bulkDocs(settlements);
}
