import { z } from 'zod';
import { Annotation, Timestamp } from '../formats/annotation.ts';
import { AnnotationSetInfo } from '../formats/annotation-set.ts';
import { CommentDraft } from '../formats/comment-draft.ts';
import { DocumentRecord } from '../formats/document.ts';
import { canonicalJson } from '../formats/import/canonical-json.ts';
import { describeIssues } from '../formats/import/describe-issues.ts';
import type { ParseLimits } from '../formats/import/limits.ts';
import { problem } from '../formats/import/problem.ts';
import { fail, type ParseResult, succeed } from '../formats/import/result.ts';
import { parseUntrustedJson } from '../formats/import/safe-json.ts';
import { LIMITS } from '../formats/limits.ts';
import { mergeDocument } from '../formats/merge.ts';
import { Profile } from '../formats/profile.ts';
import { buildSetFile } from '../formats/set-export.ts';
import { type RedlineSetFile, SET_FILE_FORMAT } from '../formats/set-file.ts';
import { applyImport, type ImportReport, previewImport } from './import.ts';
import type { RedlineDb, SentinelRecord, SupersededVersion } from './schema.ts';

export const BACKUP_FORMAT = 'redline.backup';
export const BACKUP_VERSION = 1;

const SupersededRow = z.object({
  seq: z.number().int().positive().optional(),
  annotationId: z.string().min(1).max(LIMITS.shortText),
  reason: z.enum(['older-edit', 'concurrent-edit', 'deleted']),
  savedAt: Timestamp,
  annotation: Annotation,
});

const DocumentTextRow = z.object({
  documentKey: z.string().min(1).max(LIMITS.url),
  version: z.string().min(1).max(LIMITS.shortText),
  text: z.string().max(LIMITS.documentText),
  savedAt: z.string().max(LIMITS.shortText),
});

/**
 * Every table of the database, as one file. Each row passes the schema its table is written
 * with; tables have no bound of their own, as the database has none: the file's size bounds them.
 */
export const RedlineBackup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: Timestamp,
  tables: z.object({
    documents: z.array(DocumentRecord),
    annotations: z.array(Annotation),
    sets: z.array(AnnotationSetInfo),
    profile: z.array(Profile.extend({ id: z.literal('me') })).max(1),
    drafts: z.array(CommentDraft),
    superseded: z.array(SupersededRow),
    meta: z.array(z.object({ id: z.literal('sentinel'), createdAt: Timestamp })).max(1),
    /** Added with database version 2; older backups have none. */
    texts: z.array(DocumentTextRow).default([]),
  }),
});

export type RedlineBackup = z.infer<typeof RedlineBackup>;
export type BackupTables = RedlineBackup['tables'];
export type BackupCounts = { [table in keyof BackupTables]: number };

/**
 * The longest string a browser Redline runs in can hold (Firefox 2^30 - 2 UTF-16 code units;
 * Chromium less): a backup is one JSON string, so none is longer.
 */
const LONGEST_STRING = 2 ** 30 - 2;
/** JSON writes a control character as `\u001f`: six characters for one. */
const JSON_ESCAPE_GROWTH = 6;

/**
 * Bounds derived from what the database can hold, so every backup it writes reads back: UTF-8
 * takes at most three bytes per UTF-16 code unit, the longest string is the longest text a
 * record holds once escaped, and items are bounded only by the size.
 */
export const BACKUP_LIMITS: ParseLimits = {
  maxBytes: 3 * LONGEST_STRING,
  maxDepth: 64,
  maxItems: LONGEST_STRING,
  maxStringLength: JSON_ESCAPE_GROWTH * LIMITS.documentText,
};

function tablesOf(db: RedlineDb) {
  return [
    db.documents,
    db.annotations,
    db.sets,
    db.profile,
    db.drafts,
    db.superseded,
    db.meta,
    db.texts,
  ];
}

/** The whole database as one JSON text, read in one transaction so it is consistent. */
export async function exportBackup(db: RedlineDb, now = new Date()): Promise<string> {
  const backup: RedlineBackup = await db.transaction('r', tablesOf(db), async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    tables: {
      documents: await db.documents.toArray(),
      annotations: await db.annotations.toArray(),
      sets: await db.sets.toArray(),
      profile: await db.profile.toArray(),
      drafts: await db.drafts.toArray(),
      superseded: await db.superseded.toArray(),
      meta: await db.meta.toArray(),
      texts: await db.texts.toArray(),
    },
  }));
  return JSON.stringify(backup);
}

/**
 * Reads an untrusted backup file without writing anything: the backup, or every reason it is
 * refused — cut off, not JSON, not a Redline backup, or written by a newer Redline.
 */
export function readBackup(input: string | Uint8Array): ParseResult<RedlineBackup> {
  const parsed = parseUntrustedJson(input, BACKUP_LIMITS);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  const format =
    root !== null && typeof root === 'object' && !Array.isArray(root)
      ? (root as Record<string, unknown>).format
      : undefined;
  if (format === SET_FILE_FORMAT) {
    return fail(problem('setFileNotBackup'));
  }
  if (format !== BACKUP_FORMAT) {
    return fail(problem('notBackup', { format: BACKUP_FORMAT }));
  }
  const { version } = root as Record<string, unknown>;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return fail(problem('newerBackupVersion', { version, supported: BACKUP_VERSION }));
  }
  const backup = RedlineBackup.safeParse(root);
  return backup.success ? succeed(backup.data) : fail(...describeIssues(backup.error.issues, root));
}

export function countRows(tables: BackupTables): BackupCounts {
  return Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, rows.length]),
  ) as BackupCounts;
}

/** How a backup meets the data already there. */
export type RestoreMode = 'replace' | 'merge';

/** What the database holds that a restore would replace or merge with. */
export async function countHeldData(db: RedlineDb): Promise<BackupCounts> {
  return db.transaction('r', tablesOf(db), async () => ({
    documents: await db.documents.count(),
    annotations: await db.annotations.count(),
    sets: await db.sets.count(),
    profile: await db.profile.count(),
    drafts: await db.drafts.count(),
    superseded: await db.superseded.count(),
    meta: await db.meta.count(),
    texts: await db.texts.count(),
  }));
}

/** Whether there is work a restore could replace: a profile and sentinel alone are not. */
export function holdsWork(counts: BackupCounts): boolean {
  return counts.annotations + counts.documents + counts.drafts + counts.sets > 0;
}

async function replaceWith(db: RedlineDb, tables: BackupTables, now: Date): Promise<void> {
  for (const table of tablesOf(db)) await table.clear();
  await db.documents.bulkPut(tables.documents);
  await db.annotations.bulkPut(tables.annotations);
  await db.sets.bulkPut(tables.sets);
  await db.profile.bulkPut(tables.profile);
  await db.drafts.bulkPut(tables.drafts);
  await db.superseded.bulkPut(tables.superseded);
  await db.meta.bulkPut(tables.meta);
  await db.texts.bulkPut(tables.texts);
  // A restored database is a live one: it must not read as evicted next time.
  if (tables.meta.length === 0) await db.meta.put(newSentinel(now));
}

function newerDraft(stored: CommentDraft | undefined, incoming: CommentDraft): boolean {
  return stored === undefined || incoming.updatedAt > stored.updatedAt;
}

/** The part of a backup a shared file also carries; documents merge apart (see mergeWith). */
function asSetFile(backup: RedlineBackup): RedlineSetFile {
  const { sets, annotations } = backup.tables;
  return buildSetFile({ sets, documents: [], annotations }, backup.exportedAt);
}

/** What merging the backup would do to the annotations, without writing anything. */
export function previewMerge(db: RedlineDb, backup: RedlineBackup): Promise<ImportReport> {
  return previewImport(db, asSetFile(backup));
}

/**
 * Merges a backup as an import merges a shared file: the newer edit of an annotation or set wins,
 * concurrent edits keep both, deletions travel, nothing older overwrites. What a shared file does
 * not carry merges alike: documents gain the versions and texts they lack, a newer unsent draft
 * wins, kept versions are added once; the profile and the sentinel stay this browser's. Sets new
 * here keep the origin and visibility the backup gave them (a backup holds one's own sets).
 */
async function mergeWith(db: RedlineDb, backup: RedlineBackup, now: Date): Promise<ImportReport> {
  const { tables } = backup;
  const localSets = new Set(await db.sets.toCollection().primaryKeys());
  const report = await applyImport(db, asSetFile(backup), now);
  const restoredSets = tables.sets.filter((set) => !localSets.has(set.id));
  for (const set of restoredSets) {
    await db.sets.update(set.id, { origin: set.origin, visible: set.visible });
  }

  const known = await db.documents.bulkGet(tables.documents.map((document) => document.key));
  await db.documents.bulkPut(
    tables.documents.map((incoming, index) => {
      const stored = known[index];
      if (!stored) return incoming;
      return {
        ...stored,
        ...mergeDocument(stored, incoming),
        url: stored.url,
        family: stored.family ?? incoming.family,
      };
    }),
  );

  const heldTexts = await db.texts.bulkGet(
    tables.texts.map((text): [string, string] => [text.documentKey, text.version]),
  );
  await db.texts.bulkAdd(tables.texts.filter((_, index) => heldTexts[index] === undefined));

  const heldDrafts = await db.drafts.bulkGet(tables.drafts.map((draft) => draft.key));
  await db.drafts.bulkPut(
    tables.drafts.filter((draft, index) => newerDraft(heldDrafts[index], draft)),
  );

  const keptVersion = (row: Pick<SupersededVersion, 'reason' | 'annotation'>) =>
    canonicalJson([row.reason, row.annotation]);
  const kept = new Set((await db.superseded.toArray()).map(keptVersion));
  await db.superseded.bulkAdd(
    tables.superseded
      .filter((row) => !kept.has(keptVersion(row)))
      .map(({ seq: _seq, ...row }) => row),
  );

  if ((await db.profile.count()) === 0) await db.profile.bulkPut(tables.profile);
  if ((await db.meta.count()) === 0) await db.meta.put(newSentinel(now));
  return report;
}

export type RestoreOutcome =
  | { mode: 'replace'; counts: BackupCounts }
  | { mode: 'merge'; counts: BackupCounts; report: ImportReport };

/**
 * Restores a backup in one transaction: replaces the whole database with it, or merges it into
 * what is there by the import rules. A failure midway leaves the database as it was.
 */
export async function restoreBackup(
  db: RedlineDb,
  backup: RedlineBackup,
  mode: RestoreMode,
  now = new Date(),
): Promise<RestoreOutcome> {
  const counts = countRows(backup.tables);
  return db.transaction('rw', tablesOf(db), async (): Promise<RestoreOutcome> => {
    if (mode === 'replace') {
      await replaceWith(db, backup.tables, now);
      return { mode, counts };
    }
    return { mode, counts, report: await mergeWith(db, backup, now) };
  });
}

/** Reads an untrusted backup file and restores it; a refused file writes nothing. */
export async function restoreBackupFile(
  db: RedlineDb,
  input: string | Uint8Array,
  mode: RestoreMode,
  now = new Date(),
): Promise<ParseResult<RestoreOutcome>> {
  const read = readBackup(input);
  return read.ok ? succeed(await restoreBackup(db, read.value, mode, now)) : read;
}

/**
 * Where the flag that the database was set up lives: outside IndexedDB, so it survives the
 * browser evicting the database. In the extension, over `chrome.storage.local`:
 * `{ get: async (key) => (await browser.storage.local.get(key))[key],
 *    set: (key, value) => browser.storage.local.set({ [key]: value }) }`.
 */
export interface FlagStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export const INITIALISED_FLAG = 'redline.databaseInitialised';

function newSentinel(now: Date): SentinelRecord {
  return { id: 'sentinel', createdAt: now.toISOString() };
}

export type SentinelStatus = 'ok' | 'first-run' | 'evicted';

/**
 * Tells whether the browser deleted the database behind our back: the flag says it was set up,
 * yet the sentinel written then is gone. Writes a new sentinel, so it answers `evicted` once;
 * the caller must tell the user then (and offer to restore a backup).
 */
export async function checkSentinel(
  db: RedlineDb,
  flags: FlagStore,
  now = new Date(),
): Promise<SentinelStatus> {
  const initialised = (await flags.get(INITIALISED_FLAG)) === true;
  const sentinel = await db.meta.get('sentinel');
  if (sentinel) {
    if (!initialised) await flags.set(INITIALISED_FLAG, true);
    return 'ok';
  }
  await db.meta.put(newSentinel(now));
  await flags.set(INITIALISED_FLAG, true);
  return initialised ? 'evicted' : 'first-run';
}
