/**
 * Named reads for the extension pages: they ask these, never the tables, so what a page may
 * read is listed here and each read is written once.
 */
import type { Annotation } from '../formats/annotation.ts';
import type { AnnotationSetInfo } from '../formats/annotation-set.ts';
import type { DocumentRecord } from '../formats/document.ts';
import { revisionFamilies } from '../revisions/family.ts';
import { type NoteOnProvision, notesByArticle } from '../un/notes-links.ts';
import type { RedlineDb } from './schema.ts';

export function allDocuments(db: RedlineDb): Promise<DocumentRecord[]> {
  return db.documents.toArray();
}

export function findDocument(db: RedlineDb, key: string): Promise<DocumentRecord | undefined> {
  return db.documents.get(key);
}

/** The document last read at this (canonical) address, if any. */
export async function documentAtAddress(
  db: RedlineDb,
  url: string,
): Promise<DocumentRecord | undefined> {
  const seenThere = await db.documents.where('url').equals(url).sortBy('lastSeenAt');
  return seenThere.at(-1);
}

/** The drafts seen last, newest first. */
export function recentDocuments(db: RedlineDb, limit: number): Promise<DocumentRecord[]> {
  return db.documents.orderBy('lastSeenAt').reverse().limit(limit).toArray();
}

export function allSets(db: RedlineDb): Promise<AnnotationSetInfo[]> {
  return db.sets.toArray();
}

/** Live (not deleted) comments per document, counted without loading them into a page. */
export async function annotationCounts(db: RedlineDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.annotations.each((annotation) => {
    if (annotation.deleted) return;
    counts.set(annotation.documentKey, (counts.get(annotation.documentKey) ?? 0) + 1);
  });
  return counts;
}

/** Live comments on any of these documents. */
export async function annotationsOn(db: RedlineDb, keys: readonly string[]): Promise<Annotation[]> {
  const rows = await db.annotations.where('documentKey').anyOf(keys).toArray();
  return rows.filter((annotation) => !annotation.deleted);
}

/** The text of a document as it was at `version`, when it was kept. */
export async function revisionText(
  db: RedlineDb,
  key: string,
  version: string | undefined,
): Promise<string | undefined> {
  return version ? (await db.texts.get([key, version]))?.text : undefined;
}

/** For each comment, the versions a concurrent edit left beside it. */
export async function concurrentVersions(
  db: RedlineDb,
  ids: readonly string[],
): Promise<Map<string, Annotation[]>> {
  const rows = await db.superseded.where('annotationId').anyOf(ids).toArray();
  const byId = new Map<string, Annotation[]>();
  for (const row of rows) {
    if (row.reason !== 'concurrent-edit') continue;
    byId.set(row.annotationId, [...(byId.get(row.annotationId) ?? []), row.annotation]);
  }
  return byId;
}

/** Every kept document with the newest of its texts Redline kept, for reading across documents. */
export async function newestTexts(
  db: RedlineDb,
): Promise<Array<{ document: DocumentRecord; text: string }>> {
  const documents = await db.documents.toArray();
  const keys = documents.flatMap((document) => {
    const version = document.versions.at(-1);
    return version ? [[document.key, version] as [string, string]] : [];
  });
  const texts = await db.texts.bulkGet(keys);
  return texts.flatMap((row) => {
    const document = documents.find((candidate) => candidate.key === row?.documentKey);
    return row && document ? [{ document, text: row.text }] : [];
  });
}

/**
 * Notes on articles from the notes documents kept in this browser (the newest revision of each),
 * other than the document with this key: a map from `Art. N` to its notes.
 */
export async function articleNotesBeside(
  db: RedlineDb,
  documentKey: string,
): Promise<Map<string, NoteOnProvision[]>> {
  const kept = (await newestTexts(db)).filter(({ document }) => document.key !== documentKey);
  const newest = new Set(
    revisionFamilies(kept.map(({ document }) => document)).map((family) => family.newest.key),
  );
  return notesByArticle(
    kept
      .filter(({ document }) => newest.has(document.key))
      .map(({ document, text }) => ({ source: document.symbol ?? document.key, text })),
    (await db.documents.get(documentKey))?.title,
  );
}

/** Live comments on every language version of the document with this symbol. */
export async function commentCountForSymbol(db: RedlineDb, symbol: string): Promise<number> {
  const keys = await db.documents.where('symbol').equals(symbol).primaryKeys();
  if (keys.length === 0) return 0;
  const rows = await db.annotations.where('documentKey').anyOf(keys).toArray();
  return rows.filter((annotation) => !annotation.deleted).length;
}
