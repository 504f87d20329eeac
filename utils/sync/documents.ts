import { z } from 'zod';
import { Annotation } from '../formats/annotation.ts';
import { describeIssues } from '../formats/import/describe-issues.ts';
import { notImported, type Problem, problem } from '../formats/import/problem.ts';
import { stableHash } from '../formats/import/stable-id.ts';
import { EMPTY_STATE, mergeStates, type SharedState, type StateMerge } from '../formats/merge.ts';
import { shareable } from '../formats/privacy.ts';
import {
  RedlineSetFile,
  SET_FILE_FORMAT,
  SET_FILE_VERSION,
  SetFileDocument,
} from '../formats/set-file.ts';

/**
 * A live set is one database on the sync server; each comment is one document in it, so the
 * engine versions, replicates and keeps conflicts per comment, as file import merges per comment.
 */
export const SYNC_ID = {
  set: 'set',
  annotation: 'annotation:',
  document: 'document:',
} as const;

/** One document per annotation set database, larger ones are refused by the server too. */
export const MAX_SYNC_DOCUMENT_BYTES = 256 * 1024;

const SetInFile = RedlineSetFile.shape.sets.element;

export const SyncSetDocument = z.strictObject({
  _id: z.literal(SYNC_ID.set),
  kind: z.literal('set'),
  set: SetInFile,
});
export const SyncAnnotationDocument = z.strictObject({
  _id: z.string().startsWith(SYNC_ID.annotation),
  kind: z.literal('annotation'),
  annotation: Annotation,
});
export const SyncDocumentDocument = z.strictObject({
  _id: z.string().startsWith(SYNC_ID.document),
  kind: z.literal('document'),
  document: SetFileDocument,
});
export const SyncDocument = z.discriminatedUnion('kind', [
  SyncSetDocument,
  SyncAnnotationDocument,
  SyncDocumentDocument,
]);
export type SyncDocument = z.infer<typeof SyncDocument>;

/** Fields the engine adds to what it stores; they are its business, not the set's. */
const ENGINE_FIELDS = ['_rev', '_revisions', '_conflicts', '_deleted_conflicts', '_attachments'];

/**
 * The name of a set's database. CouchDB allows only lower-case letters, digits and `_$()+-/`
 * in names, so an id with anything else is named by its hash, the same on every machine.
 */
export function databaseNameForSet(setId: string): string {
  return /^[a-z0-9_-]+$/.test(setId) ? `redline-set-${setId}` : `redline-set-${stableHash(setId)}`;
}

/**
 * What one set shares through the server: its description, its documents and its comments.
 * Private comments and private replies stay in this browser, as they do in exported files.
 */
export function syncDocumentsForSet(state: SharedState, setId: string): SyncDocument[] {
  const set = state.sets.find((candidate) => candidate.id === setId);
  if (!set) return [];
  const annotations = shareable(
    state.annotations.filter((annotation) => annotation.setId === setId),
    false,
  );
  const documentKeys = new Set(annotations.map((annotation) => annotation.documentKey));
  return [
    { _id: SYNC_ID.set, kind: 'set', set },
    ...state.documents
      .filter((document) => documentKeys.has(document.key))
      .map((document) => ({
        _id: `${SYNC_ID.document}${document.key}`,
        kind: 'document' as const,
        document,
      })),
    ...annotations.map((annotation) => ({
      _id: `${SYNC_ID.annotation}${annotation.id}`,
      kind: 'annotation' as const,
      annotation,
    })),
  ];
}

export function withoutEngineFields(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !ENGINE_FIELDS.includes(key)));
}

function idMatches(document: SyncDocument): boolean {
  switch (document.kind) {
    case 'set':
      return true;
    case 'annotation':
      return document._id === `${SYNC_ID.annotation}${document.annotation.id}`;
    case 'document':
      return document._id === `${SYNC_ID.document}${document.document.key}`;
  }
}

export interface SyncRead {
  /** The set as a file, ready for the same import as a colleague's file; absent before the set document arrived. */
  file?: RedlineSetFile;
  merge: StateMerge;
  /**
   * Documents left out, each placed at its `_id` with the reason, for the Sets tab to say in the
   * reader's language; the rest still counts.
   */
  skipped: Problem[];
}

/**
 * Reads documents from the server (every revision of a comment that is in conflict included)
 * into one set file. Revisions of one comment merge by Redline's rules — newer edit wins, the
 * same instant keeps both — so the winner is the one file import would choose, whatever the
 * engine picked. A private comment that reached the server anyway is skipped, never imported.
 */
export function readSyncDocuments(raw: readonly unknown[], setId: string): SyncRead {
  const skipped: Problem[] = [];
  const incoming: SharedState = { sets: [], documents: [], annotations: [] };
  for (const item of raw) {
    const parsed = SyncDocument.safeParse(withoutEngineFields(item));
    const id =
      typeof item === 'object' && item !== null && '_id' in item ? String(item._id) : '(no _id)';
    if (!parsed.success) {
      if (id.startsWith('_design/')) continue;
      skipped.push(notImported(id, describeIssues(parsed.error.issues, item)));
      continue;
    }
    const document = parsed.data;
    if (!idMatches(document)) {
      skipped.push(problem('sync.idMismatch', undefined, id));
    } else if (document.kind === 'set') {
      if (document.set.id === setId) incoming.sets.push(document.set);
      else skipped.push(problem('sync.otherSet', { found: document.set.id }, id));
    } else if (document.kind === 'document') {
      incoming.documents.push(document.document);
    } else if (document.annotation.setId !== setId) {
      skipped.push(problem('sync.otherSet', { found: document.annotation.setId }, id));
    } else if (document.annotation.private) {
      skipped.push(problem('sync.privateComment', undefined, id));
    } else {
      incoming.annotations.push(shareable([document.annotation], false)[0] as Annotation);
    }
  }
  const merge = mergeStates(EMPTY_STATE, incoming);
  const { sets, documents, annotations } = merge.state;
  if (sets.length === 0) return { merge, skipped };
  return {
    file: { format: SET_FILE_FORMAT, version: SET_FILE_VERSION, sets, documents, annotations },
    merge,
    skipped,
  };
}
