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
import { exportSets, exportSetWrittenSince } from '../db/sets.ts';
import { recordConcurrentVersions } from '../db/sync-links.ts';
import type { Annotation } from '../formats/annotation.ts';
import type { Problem } from '../formats/import/problem.ts';
import { readSyncDocuments, SYNC_ID, syncDocumentsForSet } from './documents.ts';
import type { SyncLink } from './link.ts';
import {
  documentsToWrite,
  type StoredLeaves,
  type StoredRevision,
  underSetId,
  versionsBesideKept,
} from './replica.ts';

/** Where the replica keeps the last change a pull read: a local document, never replicated. */
const PULLED_ID = '_local/redline-pulled';

/**
 * A push looks again at comments written this long before the previous push began. IndexedDB
 * already makes a read wait for any write whose transaction was created before it, and a write
 * is stamped inside its transaction, so this only covers the clock being set back a little;
 * looking again costs a comparison, nothing is written twice.
 */
const WRITE_OVERLAP_MS = 1_000;

/** A revision this browser wrote, as `pushEdits` records it and `pullChanges` recognises it. */
function revisionKey(id: string, rev: string): string {
  return `${rev} ${id}`;
}

/** The revisions the engine keeps in conflict with a document's winning one (usually none). */
function conflictingRevisions(
  local: PouchDatabase,
  winner: StoredRevision,
): Promise<StoredRevision[]> {
  return Promise.all((winner._conflicts ?? []).map((rev) => local.get(winner._id, { rev })));
}

/**
 * The replica's versions of these documents. For the whole set (`all`) one scan of the replica
 * replaces a look-up per document: 10,000 look-ups took seconds, most of them on an empty replica.
 */
async function storedLeaves(
  local: PouchDatabase,
  ids: string[],
  all = false,
): Promise<Map<string, StoredLeaves>> {
  if (ids.length === 0) return new Map();
  const options = { include_docs: true, conflicts: true } as const;
  const { rows } = await local.allDocs(all ? options : { ...options, keys: ids });
  const wanted = new Set(ids);
  const leaves = new Map<string, StoredLeaves>();
  for (const { doc } of rows) {
    if (doc && wanted.has(doc._id)) {
      leaves.set(doc._id, { winner: doc, conflicting: await conflictingRevisions(local, doc) });
    }
  }
  return leaves;
}

/**
 * This browser's edits of the set into the replica; the engine takes them to the server.
 * Without `since` every comment of the set is compared (the first push after starting); with
 * it, only those written in this browser since — edited, deleted, imported from a file,
 * restored or merged from a backup, whatever their own times say. Adds the revisions it wrote
 * to `pushed`; says where the next push starts.
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
  const next = new Date(now.getTime() - WRITE_OVERLAP_MS).toISOString();
  const file =
    since === undefined
      ? await exportSets(db, [setId], now)
      : await exportSetWrittenSince(db, setId, since, now);
  const here = underSetId(syncDocumentsForSet(file, setId), setId, remoteSetId);
  const stored = await storedLeaves(
    local,
    here.map((document) => document._id),
    since === undefined,
  );
  const writes = documentsToWrite(here, stored);
  if (writes.length > 0) {
    const results = await local.bulkDocs(writes);
    results.forEach((result, index) => {
      // A closed revision of a settled conflict is never what a pull reads as the document.
      if (result.rev && !('_deleted' in (writes[index] ?? {})))
        pushed.add(revisionKey(result.id, result.rev));
    });
  }
  return next;
}

/** What one pull did. */
export interface Pulled {
  /** How many changes it read: none means nothing arrived. */
  changes: number;
  /** The `_id`s of the documents it read from others, and those it left out, placed at their `_id`. */
  read: string[];
  skipped: Problem[];
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
 * a comment the engine holds in conflict is imported with all its revisions, and the versions
 * Redline did not keep are shown beside the kept one, in every member's browser, until a member
 * settles it with a new edit (see `documentsToWrite`). The revisions in `pushed` (this
 * browser's own) are left out and forgotten.
 */
export async function pullChanges(
  db: RedlineDb,
  local: PouchDatabase,
  link: SyncLink,
  pushed: Set<string>,
): Promise<Pulled> {
  const { remoteSetId } = link;
  const checkpoint = await local.get(PULLED_ID).catch(() => undefined);
  const since =
    typeof checkpoint?.seq === 'number' || typeof checkpoint?.seq === 'string' ? checkpoint.seq : 0;
  const { results, last_seq } = await local.changes({
    since,
    include_docs: true,
    conflicts: true,
  });
  const nothing: Pulled = { changes: 0, read: [], skipped: [] };
  if (results.length === 0) return nothing;
  // A document the engine deleted carries nothing to import: Redline's deletions travel as
  // comments marked deleted. Nor does a revision this browser pushed and nobody changed since:
  // it came from Redline's database.
  const changed = results.flatMap(({ id, deleted, doc }) => {
    if (!doc || deleted || id.startsWith('_design/')) return [];
    const own = pushed.delete(revisionKey(id, doc._rev)) && !doc._conflicts?.length;
    return own ? [] : [doc];
  });
  let pulled: Pulled = { changes: results.length, read: [], skipped: [] };
  if (changed.length > 0) {
    const context = [...(await storedLeaves(local, contextIds(changed))).values()].map(
      ({ winner }) => winner,
    );
    const conflicts = new Map<string, StoredRevision[]>();
    for (const doc of changed) {
      if (doc._conflicts?.length) {
        conflicts.set(doc._id, [doc, ...(await conflictingRevisions(local, doc))]);
      }
    }
    const read = readSyncDocuments(
      [...changed, ...context, ...[...conflicts.values()].flatMap(([, ...others]) => others)],
      remoteSetId,
    );
    // Before the set's own document arrives there is nothing to import into: read again later.
    if (!read.file) return nothing;
    await applyImport(db, read.file);
    await showConflicts(db, link, conflicts);
    pulled = { ...pulled, read: changed.map((doc) => doc._id), skipped: read.skipped };
  }
  await local.put({
    ...(checkpoint ? { _rev: checkpoint._rev } : {}),
    _id: PULLED_ID,
    seq: last_seq,
  });
  return pulled;
}

async function showConflicts(
  db: RedlineDb,
  { setId, remoteSetId }: SyncLink,
  conflicts: ReadonlyMap<string, StoredRevision[]>,
): Promise<void> {
  const asHere = (annotation: Annotation): Annotation =>
    annotation.setId === remoteSetId ? { ...annotation, setId } : annotation;
  for (const [id, revisions] of conflicts) {
    if (!id.startsWith(SYNC_ID.annotation)) continue;
    const kept = await db.annotations.get(id.slice(SYNC_ID.annotation.length));
    if (kept) await recordConcurrentVersions(db, versionsBesideKept(revisions, kept, asHere));
  }
}
