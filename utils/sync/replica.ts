import type { Annotation } from '../formats/annotation.ts';
import { canonicalJson } from '../formats/import/canonical-json.ts';
import { decideVersion } from '../formats/merge.ts';
import { SyncDocument, withoutEngineFields } from './documents.ts';

/** A document as the engine stores it: ours, plus its revision. */
export interface StoredRevision {
  _id: string;
  _rev: string;
  _conflicts?: string[];
  [field: string]: unknown;
}

export type DocumentToWrite = SyncDocument & { _rev?: string };

/**
 * The set's documents under another set id. A colleague's set that shares its id with one of
 * mine lives here under a derived id (see the import), and travels under the id every member
 * knows it by.
 */
export function underSetId(
  documents: readonly SyncDocument[],
  from: string,
  to: string,
): SyncDocument[] {
  if (from === to) return [...documents];
  return documents.map((document) => {
    if (document.kind === 'set' && document.set.id === from) {
      return { ...document, set: { ...document.set, id: to } };
    }
    if (document.kind === 'annotation' && document.annotation.setId === from) {
      return { ...document, annotation: { ...document.annotation, setId: to } };
    }
    return document;
  });
}

/** Whether this browser's version should replace the replica's by Redline's rules. */
function isNewerHere(stored: SyncDocument, here: SyncDocument): boolean {
  if (stored.kind === 'annotation' && here.kind === 'annotation') {
    const decision = decideVersion(stored.annotation, here.annotation);
    return (
      decision.kind === 'updated' ||
      (decision.kind === 'conflict' && decision.winner === here.annotation)
    );
  }
  if (stored.kind === 'set' && here.kind === 'set') {
    const decision = decideVersion(stored.set, here.set);
    return (
      decision.kind === 'updated' || (decision.kind === 'conflict' && decision.winner === here.set)
    );
  }
  // A document entry only introduces the document: each browser keeps the versions it saw.
  return false;
}

/** A document as the replica holds it: the engine's winning revision and those in conflict with it. */
export interface StoredLeaves {
  winner: StoredRevision;
  conflicting: readonly StoredRevision[];
}

export type ClosedRevision = { _id: string; _rev: string; _deleted: true };

/**
 * What to write to the local replica so the server gets this browser's edits: documents it
 * lacks, and those edited here later than every version the replica holds. Never an older
 * version over a newer one: the newer one came from a colleague and is still on its way into
 * this browser. An edit made here after an engine conflict arrived (keeping one of its
 * versions, or editing again) settles it: written on the winning revision, the revisions in
 * conflict closed, and the settlement travels to every member like any edit. Until then the
 * conflict stays open in every replica, so every member is shown both versions.
 */
export function documentsToWrite(
  here: readonly SyncDocument[],
  stored: ReadonlyMap<string, StoredLeaves>,
): Array<DocumentToWrite | ClosedRevision> {
  const writes: Array<DocumentToWrite | ClosedRevision> = [];
  for (const document of here) {
    const leaves = stored.get(document._id);
    if (!leaves) {
      writes.push(document);
      continue;
    }
    const newerThanAll = [leaves.winner, ...leaves.conflicting].every((revision) => {
      const parsed = SyncDocument.safeParse(withoutEngineFields(revision));
      return !parsed.success || isNewerHere(parsed.data, document);
    });
    if (!newerThanAll) continue;
    writes.push({ ...document, _rev: leaves.winner._rev });
    for (const { _id, _rev } of leaves.conflicting) writes.push({ _id, _rev, _deleted: true });
  }
  return writes;
}

/**
 * The versions of a comment in an engine conflict (two edits, neither made on top of the
 * other) other than the one kept by Redline's rules: shown beside it until a member settles.
 */
export function versionsBesideKept(
  revisions: readonly StoredRevision[],
  kept: Annotation,
  asHere: (annotation: Annotation) => Annotation,
): Annotation[] {
  const keptJson = canonicalJson(kept);
  return revisions.flatMap((revision) => {
    const parsed = SyncDocument.safeParse(withoutEngineFields(revision));
    if (!parsed.success || parsed.data.kind !== 'annotation') return [];
    const version = asHere(parsed.data.annotation);
    return canonicalJson(version) === keptJson ? [] : [version];
  });
}
