import { Dexie, type EntityTable } from 'dexie';
import type { Annotation } from '../formats/annotation.ts';
import type { AnnotationSetInfo } from '../formats/annotation-set.ts';
import type { CommentDraft } from '../formats/comment-draft.ts';
import type { DocumentRecord } from '../formats/document.ts';
import type { Profile } from '../formats/profile.ts';
import type { PdfPageItems } from '../pdf/types.ts';
import type { SyncLink } from '../sync/link.ts';
import { FINGERPRINT, storedFieldsMiddleware, WRITTEN_AT } from './fingerprints.ts';

/** A version of an annotation that lost to a later edit: kept so nothing is lost silently. */
export interface SupersededVersion {
  seq?: number;
  annotationId: string;
  reason: 'older-edit' | 'concurrent-edit' | 'deleted';
  savedAt: string;
  annotation: Annotation;
}

export interface ProfileRecord extends Profile {
  id: 'me';
}

/** Marks the database as ours: if it disappears, the browser evicted it (see the sentinel). */
export interface SentinelRecord {
  id: 'sentinel';
  createdAt: string;
}

/**
 * Version 1 of the stores. Indexes are the ones features query by: annotations by document,
 * by document + provision, by set and by last change.
 */
export const STORES_V1 = {
  documents: 'key, symbol, family, lastSeenAt',
  annotations: 'id, documentKey, [documentKey+provision], setId, updatedAt',
  sets: 'id, origin',
  profile: 'id',
  drafts: 'key, documentKey, updatedAt',
  superseded: '++seq, annotationId, savedAt',
  meta: 'id',
} as const;

/** Version 2 keeps the text of each document version, for comparing revisions. */
export const STORES_V2 = {
  ...STORES_V1,
  texts: '[documentKey+version], documentKey',
} as const;

/**
 * Version 3 indexes each annotation's content fingerprint with its id (written and hidden by
 * `storedFieldsMiddleware`): an import compares 50,000 annotations by reading index keys.
 */
export const STORES_V3 = {
  ...STORES_V2,
  annotations: `${STORES_V2.annotations}, [id+${FINGERPRINT}]`,
} as const;

/**
 * Version 4 keeps the live sets: server, database and credentials per set. Backups leave it
 * out on purpose: a backup file must not carry passwords.
 */
export const STORES_V4 = {
  ...STORES_V3,
  syncLinks: 'setId',
} as const;

/**
 * Version 5 indexes when each annotation was written in this browser, by set (the field is
 * written and hidden by `storedFieldsMiddleware`): a live set's push reads what was written
 * since the last one, whatever the comments' own times. Rows written before have no entry
 * until written again; the first push after the background starts compares the whole set.
 */
export const STORES_V5 = {
  ...STORES_V4,
  annotations: `${STORES_V4.annotations}, [setId+${WRITTEN_AT}]`,
} as const;

/**
 * Version 6 keeps what pdf.js read of the last few PDFs, by the digest of their bytes: the
 * Export tab places comments on a PDF the viewer already read without reading its pages again.
 * A cache: backups leave it out, and nothing is lost when it is cleared.
 */
export const STORES_V6 = {
  ...STORES_V5,
  pdfReadings: 'digest, savedAt',
} as const;

/**
 * Version 7 indexes documents by the address they were last read at: a draft page's comments
 * are read by its address while the page is still being read, before its symbol is known.
 */
export const STORES_V7 = {
  ...STORES_V6,
  documents: `${STORES_V6.documents}, url`,
} as const;

export const CURRENT_VERSION = 7;
export const CURRENT_STORES = STORES_V7;

/** One version of a document's text as Redline extracted it. */
export interface DocumentText {
  documentKey: string;
  version: string;
  text: string;
  savedAt: string;
}

/** Each page's size and text items as pdf.js read them from the PDF whose bytes have this digest. */
export interface PdfReading {
  digest: string;
  pages: PdfPageItems[];
  savedAt: string;
}

export const DB_NAME = 'redline';

export type RedlineDb = Dexie & {
  documents: EntityTable<DocumentRecord, 'key'>;
  annotations: EntityTable<Annotation, 'id'>;
  sets: EntityTable<AnnotationSetInfo, 'id'>;
  profile: EntityTable<ProfileRecord, 'id'>;
  drafts: EntityTable<CommentDraft, 'key'>;
  superseded: EntityTable<SupersededVersion, 'seq'>;
  meta: EntityTable<SentinelRecord, 'id'>;
  texts: Dexie.Table<DocumentText, [string, string]>;
  syncLinks: EntityTable<SyncLink, 'setId'>;
  pdfReadings: EntityTable<PdfReading, 'digest'>;
};

export function openRedlineDb(name: string = DB_NAME): RedlineDb {
  const db = new Dexie(name) as RedlineDb;
  db.version(1).stores(STORES_V1);
  db.version(2).stores(STORES_V2);
  db.version(3).stores(STORES_V3);
  db.version(4).stores(STORES_V4);
  db.version(5).stores(STORES_V5);
  db.version(6).stores(STORES_V6);
  db.version(7).stores(STORES_V7);
  db.use(storedFieldsMiddleware);
  return db;
}
