import type { Annotation } from '../formats/annotation.ts';
import type { AnnotationSetInfo } from '../formats/annotation-set.ts';
import type { DocumentRecord } from '../formats/document.ts';
import { contentFingerprint } from '../formats/fingerprint.ts';
import { canonicalJson } from '../formats/import/canonical-json.ts';
import { type ReadSharedFileOptions, readSharedFile } from '../formats/import/parse-file.ts';
import type { Problem } from '../formats/import/problem.ts';
import { type ParseResult, succeed } from '../formats/import/result.ts';
import { stableHash } from '../formats/import/stable-id.ts';
import { colourIncomingSets } from '../formats/layers.ts';
import {
  type LostVersion,
  type MergeCounts,
  mergeAnnotations,
  mergeSets,
  type SetFileSet,
} from '../formats/merge.ts';
import { setForFile } from '../formats/set-export.ts';
import {
  type RedlineSetFile,
  SET_FILE_FORMAT,
  SET_FILE_VERSION,
  type SetFileDocument,
} from '../formats/set-file.ts';
import { idBounds, storedFingerprints } from './fingerprints.ts';
import type { RedlineDb, SupersededVersion } from './schema.ts';

/** What an import does (or would do): counts, and the annotations a person should look at. */
export interface ImportReport {
  counts: MergeCounts;
  conflicts: Array<{ winner: Annotation; loser: Annotation }>;
  collisions: Array<{ kept: Annotation; refused: Annotation }>;
}

interface ImportPlan {
  report: ImportReport;
  annotations: Annotation[];
  superseded: SupersededVersion[];
  sets: AnnotationSetInfo[];
  documents: DocumentRecord[];
}

/**
 * Everyone's first set has the same id, so a colleague's "my-comments" would otherwise pour into
 * mine. A set of the file that shares its id with a local own set, but is another instance of it
 * (other creation time or owner), gets an id derived from that instance: the same on every import.
 */
function separateFromOwnSets(
  file: RedlineSetFile,
  local: ReadonlyMap<string, AnnotationSetInfo>,
): RedlineSetFile {
  const renamed = new Map<string, string>();
  for (const set of file.sets) {
    const mine = local.get(set.id);
    if (mine?.origin !== 'own') continue;
    const sameInstance =
      mine.createdAt === set.createdAt &&
      canonicalJson(mine.owner ?? {}) === canonicalJson(set.owner ?? {});
    if (!sameInstance) {
      renamed.set(
        set.id,
        `${set.id}~${stableHash(canonicalJson([set.owner ?? {}, set.createdAt]))}`,
      );
    }
  }
  if (renamed.size === 0) return file;
  const rename = (id: string) => renamed.get(id) ?? id;
  return {
    ...file,
    sets: file.sets.map((set) => ({ ...set, id: rename(set.id) })),
    annotations: file.annotations.map((a) => ({ ...a, setId: rename(a.setId) })),
  };
}

/** The id a colleague's set takes here when it is imported (or read in from a live set). */
export async function idOnImport(db: RedlineDb, set: SetFileSet): Promise<string> {
  const localSets = new Map((await db.sets.toArray()).map((local) => [local.id, local]));
  const file: RedlineSetFile = {
    format: SET_FILE_FORMAT,
    version: SET_FILE_VERSION,
    sets: [set],
    documents: [],
    annotations: [],
  };
  return separateFromOwnSets(file, localSets).sets[0]?.id ?? set.id;
}

function guessKind(document: SetFileDocument): DocumentRecord['kind'] {
  return /\.pdf(?:$|[?#])/i.test(document.url ?? '') ? 'pdf' : 'html';
}

/** A document the file names but this browser has not opened yet. */
function documentRecordFor(
  document: SetFileDocument,
  file: RedlineSetFile,
  now: Date,
): DocumentRecord {
  const { key, symbol, language, title, url, versions } = document;
  const record: DocumentRecord = {
    key,
    url: url ?? '',
    kind: guessKind(document),
    versions,
    // Not seen here: dated by the file, so a second import writes the same record.
    lastSeenAt: file.exportedAt ?? now.toISOString(),
  };
  return { ...record, ...definedOnly({ symbol, language, title }) };
}

function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** A known document only gains descriptions it lacks; its versions are what this browser saw. */
function describedBetter(
  known: DocumentRecord,
  document: SetFileDocument,
): DocumentRecord | undefined {
  const additions = definedOnly({
    symbol: known.symbol ? undefined : document.symbol,
    language: known.language ? undefined : document.language,
    title: known.title ? undefined : document.title,
  });
  return Object.keys(additions).length > 0 ? { ...known, ...additions } : undefined;
}

/**
 * The stored annotations with these ids. A bulkGet is one IndexedDB request per id; when the
 * ids' key range holds few other rows (a file met before, an empty database, ids that sort
 * together) one getAll over the range is several times cheaper, and rows not asked for are
 * dropped. Counting the range first reads keys only, so a small file into a large database
 * still reads just its own rows.
 */
async function storedVersions(db: RedlineDb, ids: string[]): Promise<Map<string, Annotation>> {
  const current = new Map<string, Annotation>();
  const bounds = idBounds(ids);
  if (!bounds) return current;
  const [lowest, highest] = bounds;
  const range = db.annotations.where('id').between(lowest, highest, true, true);
  const rows =
    (await range.count()) <= 2 * ids.length
      ? await range.toArray()
      : await db.annotations.bulkGet(ids);
  const wanted = new Set(ids);
  for (const row of rows) if (row && wanted.has(row.id)) current.set(row.id, row);
  return current;
}

/**
 * The file's annotations split by whether IndexedDB already holds each exactly as it is: those
 * are counted unchanged by comparing fingerprints (index keys), and only the others' stored
 * versions are read and merged.
 */
async function notYetStored(
  db: RedlineDb,
  annotations: readonly Annotation[],
): Promise<{ changing: Annotation[]; unchanged: number }> {
  const ids = [...new Set(annotations.map((a) => a.id))];
  const stored = await storedFingerprints(db, ids);
  if (stored.size === 0) return { changing: [...annotations], unchanged: 0 };
  // An id is settled only if every copy of it in the file is the stored version.
  const unsettled = new Set<string>();
  for (const annotation of annotations) {
    if (stored.get(annotation.id) !== contentFingerprint(annotation)) unsettled.add(annotation.id);
  }
  const changing = annotations.filter((a) => unsettled.has(a.id));
  return { changing, unchanged: annotations.length - changing.length };
}

async function planImport(db: RedlineDb, incoming: RedlineSetFile, now: Date): Promise<ImportPlan> {
  const localSets = new Map((await db.sets.toArray()).map((set) => [set.id, set]));
  const file = separateFromOwnSets(incoming, localSets);
  const { changing, unchanged } = await notYetStored(db, file.annotations);
  const ids = [...new Set(changing.map((a) => a.id))];
  const current = await storedVersions(db, ids);
  const merged = mergeAnnotations(current, changing);
  merged.counts.unchanged += unchanged;

  const alreadyKept = new Set(
    (await db.superseded.where('annotationId').anyOf(ids).toArray()).map((row) =>
      canonicalJson(row.annotation),
    ),
  );
  const isNew = (lost: LostVersion) => !alreadyKept.has(canonicalJson(lost.annotation));
  const counts = { ...merged.counts, newDocuments: 0 };
  // A conflict met before changes nothing: its losing version is already kept.
  const conflicts = merged.conflicts.filter(
    (conflict) =>
      !alreadyKept.has(canonicalJson(conflict.loser)) || merged.changed.has(conflict.winner.id),
  );
  counts.unchanged += merged.conflicts.length - conflicts.length;
  counts.conflicts = conflicts.length;

  const fileSets = new Map([...localSets].map(([id, set]) => [id, setForFile(set)]));
  const sets = [...mergeSets(fileSets, colourIncomingSets(file.sets, localSets)).values()].map(
    (set: SetFileSet): AnnotationSetInfo => {
      const local = localSets.get(set.id);
      return local
        ? { ...set, origin: local.origin, visible: local.visible }
        : { ...set, origin: 'imported', visible: true };
    },
  );

  const knownDocuments = await db.documents.bulkGet(file.documents.map((d) => d.key));
  const documents: DocumentRecord[] = [];
  file.documents.forEach((document, index) => {
    const known = knownDocuments[index];
    if (!known) counts.newDocuments++;
    const record = known
      ? describedBetter(known, document)
      : documentRecordFor(document, file, now);
    if (record) documents.push(record);
  });

  return {
    report: { counts, conflicts, collisions: merged.collisions },
    annotations: [...merged.changed.values()],
    superseded: merged.lost.filter(isNew).map((lost) => ({
      annotationId: lost.annotation.id,
      reason: lost.reason,
      savedAt: now.toISOString(),
      annotation: lost.annotation,
    })),
    sets,
    documents,
  };
}

/** What importing the file would do, without writing anything. */
export async function previewImport(db: RedlineDb, file: RedlineSetFile): Promise<ImportReport> {
  return db.transaction('r', [db.annotations, db.sets, db.documents, db.superseded], async () => {
    return (await planImport(db, file, new Date())).report;
  });
}

/** Annotations written per request: small enough to say how far an import of 50,000 has come. */
export const IMPORT_BATCH = 5_000;

/** How far the writing of an import has come. */
export interface ImportProgress {
  written: number;
  total: number;
}

/**
 * Imports a validated set file in one transaction: everything or, if anything fails, nothing.
 * Newer edits win, older ones never overwrite, replaced and conflicting versions are kept in
 * `superseded`; the same file twice changes nothing. Annotations are written IMPORT_BATCH at a
 * time, each batch reported to `onProgress`.
 */
export async function applyImport(
  db: RedlineDb,
  file: RedlineSetFile,
  now = new Date(),
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  return db.transaction('rw', [db.annotations, db.sets, db.documents, db.superseded], async () => {
    const plan = await planImport(db, file, now);
    const total = plan.annotations.length;
    for (let written = 0; written < total; written += IMPORT_BATCH) {
      const batch = plan.annotations.slice(written, written + IMPORT_BATCH);
      await db.annotations.bulkPut(batch);
      onProgress?.({ written: written + batch.length, total });
    }
    await db.superseded.bulkAdd(plan.superseded);
    await db.sets.bulkPut(plan.sets);
    await db.documents.bulkPut(plan.documents);
    return plan.report;
  });
}

/**
 * Reads an untrusted file and imports it: a file with any error is refused whole, with every
 * reason, and nothing is written.
 */
export async function importSharedFile(
  db: RedlineDb,
  input: string | Uint8Array,
  options: ReadSharedFileOptions = {},
): Promise<ParseResult<ImportReport & { skipped: Problem[] }>> {
  const read = readSharedFile(input, options);
  if (!read.ok) return read;
  const report = await applyImport(db, read.value.file);
  return succeed({ ...report, skipped: read.value.skipped });
}
