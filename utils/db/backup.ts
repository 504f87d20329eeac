import { z } from 'zod';
import { Annotation, Timestamp } from '../formats/annotation.ts';
import { AnnotationSetInfo } from '../formats/annotation-set.ts';
import { CommentDraft } from '../formats/comment-draft.ts';
import { DocumentRecord } from '../formats/document.ts';
import { describeIssues } from '../formats/import/describe-issues.ts';
import type { ParseLimits } from '../formats/import/limits.ts';
import { fail, type ParseResult, succeed } from '../formats/import/result.ts';
import { parseUntrustedJson } from '../formats/import/safe-json.ts';
import { LIMITS } from '../formats/limits.ts';
import { Profile } from '../formats/profile.ts';
import type { RedlineDb, SentinelRecord } from './schema.ts';

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
  text: z.string().max(20_000_000),
  savedAt: z.string().max(LIMITS.shortText),
});

/** Every table of the database, as one file. */
export const RedlineBackup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: Timestamp,
  tables: z.object({
    documents: z.array(DocumentRecord).max(100_000),
    annotations: z.array(Annotation).max(1_000_000),
    sets: z.array(AnnotationSetInfo).max(10_000),
    profile: z.array(Profile.extend({ id: z.literal('me') })).max(1),
    drafts: z.array(CommentDraft).max(100_000),
    superseded: z.array(SupersededRow).max(1_000_000),
    meta: z.array(z.object({ id: z.literal('sentinel'), createdAt: Timestamp })).max(1),
    /** Added with database version 2; older backups have none. */
    texts: z.array(DocumentTextRow).max(100_000).default([]),
  }),
});

export type RedlineBackup = z.infer<typeof RedlineBackup>;
export type BackupCounts = { [table in keyof RedlineBackup['tables']]: number };

/** A whole database is larger than a shared set: bounds to match the schema above. */
export const BACKUP_LIMITS: ParseLimits = {
  maxBytes: 512 * 1024 * 1024,
  maxDepth: 64,
  maxItems: 1_000_000,
  maxStringLength: 100_000,
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

function readBackup(input: string | Uint8Array): ParseResult<RedlineBackup> {
  const parsed = parseUntrustedJson(input, BACKUP_LIMITS);
  if (!parsed.ok) return parsed;
  const root = parsed.value as Record<string, unknown> | null;
  if (root?.format !== BACKUP_FORMAT) {
    return fail(`format: expected "${BACKUP_FORMAT}": this file is not a Redline backup`);
  }
  if (typeof root.version === 'number' && root.version > BACKUP_VERSION) {
    return fail(
      `this file is a Redline backup of version ${root.version}; this Redline reads version ${BACKUP_VERSION} — update Redline`,
    );
  }
  const backup = RedlineBackup.safeParse(root);
  return backup.success ? succeed(backup.data) : fail(...describeIssues(backup.error.issues, root));
}

/**
 * Replaces the whole database with a backup, in one transaction: a bad file is refused before
 * anything is touched, and a failure midway leaves the database as it was.
 */
export async function restoreBackup(
  db: RedlineDb,
  input: string | Uint8Array,
  now = new Date(),
): Promise<ParseResult<BackupCounts>> {
  const read = readBackup(input);
  if (!read.ok) return read;
  const { tables } = read.value;
  await db.transaction('rw', tablesOf(db), async () => {
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
  });
  const counts = Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, rows.length]),
  ) as BackupCounts;
  return succeed(counts);
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
