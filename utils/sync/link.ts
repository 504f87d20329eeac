import { z } from 'zod';
import { Problem, refinement } from '../formats/import/problem.ts';
import { LIMITS } from '../formats/limits.ts';

/** CouchDB's rule for database names, narrowed to the names `databaseNameForSet` gives. */
export const SetDatabaseName = z
  .string()
  .refine((name) => /^redline-set-[a-z0-9_$()+/-]+$/.test(name), refinement('sync.databaseName'))
  .max(238);

const Credentials = {
  /** What the user typed; the background checks it with `parseServerAddress`. */
  address: z
    .string()
    .trim()
    .refine((text) => text !== '', refinement('sync.noAddress'))
    .max(LIMITS.url),
  user: z
    .string()
    .trim()
    .refine((text) => text !== '', refinement('sync.noUser'))
    .max(LIMITS.shortText),
  password: z
    .string()
    .refine((text) => text !== '', refinement('sync.noPassword'))
    .max(LIMITS.shortText),
};

/**
 * How the user connects a set: share one of their sets (its database is named after the set),
 * or join a set a colleague shared (the database the coordinator named).
 */
export const ConnectRequest = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('share'),
    setId: z.string().min(1).max(LIMITS.shortText),
    ...Credentials,
  }),
  z.strictObject({ mode: z.literal('join'), database: SetDatabaseName, ...Credentials }),
]);
export type ConnectRequest = z.infer<typeof ConnectRequest>;

/**
 * A set synced through a server. Kept in the extension's own database, which content scripts
 * and pages cannot open: the password never leaves the background and the pages that asked.
 */
export const SyncLink = z.strictObject({
  /** The set here; a colleague's set that shares its id with one of mine is renamed on import. */
  setId: z.string().min(1).max(LIMITS.shortText),
  /** The set's id on the server, as every member's documents carry it. */
  remoteSetId: z.string().min(1).max(LIMITS.shortText),
  /** The server's address with no trailing slash, already checked (TLS unless on this machine). */
  address: z.string().url().max(LIMITS.url),
  database: SetDatabaseName,
  user: Credentials.user,
  password: Credentials.password,
});
export type SyncLink = z.infer<typeof SyncLink>;

export const SyncState = z.enum(['connecting', 'syncing', 'in-sync', 'offline', 'error']);
export type SyncState = z.infer<typeof SyncState>;

/** What a page may know of a live set: never the credentials. */
export const SyncStatus = z.strictObject({
  setId: z.string(),
  database: z.string(),
  server: z.string(),
  state: SyncState,
  /** Why, for an error: the page says it in the reader's language. */
  reason: Problem.optional(),
  /** Comments whose concurrent versions wait in the Comments tab for a choice. */
  conflicts: z.number().int().nonnegative(),
  /** Local changes not yet on the server, as far as the engine knows. */
  pending: z.number().int().nonnegative(),
  /** Documents on the server that were left out of this browser's copy, each with its reason. */
  skipped: z.array(Problem).default([]),
  at: z.iso.datetime(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncStatuses = z.record(z.string(), SyncStatus);
export type SyncStatuses = z.infer<typeof SyncStatuses>;
