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

/**
 * What to write to the local replica so the server gets this browser's edits: documents it
 * lacks, and those edited here later than the replica's version. Never an older version over a
 * newer one: the newer one came from a colleague and is still on its way into this browser.
 */
export function documentsToWrite(
  here: readonly SyncDocument[],
  stored: ReadonlyMap<string, StoredRevision>,
): DocumentToWrite[] {
  const writes: DocumentToWrite[] = [];
  for (const document of here) {
    const revision = stored.get(document._id);
    if (!revision) {
      writes.push(document);
      continue;
    }
    const parsed = SyncDocument.safeParse(withoutEngineFields(revision));
    if (!parsed.success || isNewerHere(parsed.data, document)) {
      writes.push({ ...document, _rev: revision._rev });
    }
  }
  return writes;
}

/**
 * After an engine conflict on a comment (two edits, neither made on top of the other) was read
 * in: the versions to show beside the one kept, and what settles the conflict in the replica —
 * the kept version on the winning revision, the other revisions closed. Every member settles on
 * the same content, so their settlements agree.
 */
export function settleConflict(
  revisions: readonly StoredRevision[],
  kept: Annotation,
  keptAsTravelling: DocumentToWrite,
  asHere: (annotation: Annotation) => Annotation,
): {
  shown: Annotation[];
  writes: Array<DocumentToWrite | { _id: string; _rev: string; _deleted: true }>;
} {
  const [winning, ...others] = revisions;
  if (!winning) return { shown: [], writes: [] };
  const keptJson = canonicalJson(kept);
  const shown: Annotation[] = [];
  for (const revision of revisions) {
    const parsed = SyncDocument.safeParse(withoutEngineFields(revision));
    if (!parsed.success || parsed.data.kind !== 'annotation') continue;
    const version = asHere(parsed.data.annotation);
    if (canonicalJson(version) !== keptJson) shown.push(version);
  }
  const winningParsed = SyncDocument.safeParse(withoutEngineFields(winning));
  const winningHoldsKept =
    winningParsed.success &&
    canonicalJson(withoutEngineFields(winningParsed.data)) ===
      canonicalJson(withoutEngineFields(keptAsTravelling));
  return {
    shown,
    writes: [
      ...(winningHoldsKept ? [] : [{ ...keptAsTravelling, _rev: winning._rev }]),
      ...others.map((revision) => ({
        _id: revision._id,
        _rev: revision._rev,
        _deleted: true as const,
      })),
    ],
  };
}
