import { timingSafeEqual } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-node';
import { VALIDATION_DESIGN_DOCUMENT } from '../utils/sync/validate-doc.ts';

export interface SyncServerOptions {
  /** Folder for every database, the server's configuration and its log. */
  dataDir: string;
  port: number;
  host: string;
  admin: { name: string; password: string };
}

export interface RunningSyncServer {
  url: string;
  close(): Promise<void>;
}

const SET_DATABASE = /^redline-set-/;

/** Every set database carries the validation function, whoever created it and however. */
async function installValidation(LocalPouchDB: typeof PouchDB, name: string): Promise<void> {
  if (!SET_DATABASE.test(name)) return;
  const database = new LocalPouchDB(name);
  const { _id, validate_doc_update } = VALIDATION_DESIGN_DOCUMENT;
  const stored = await database.get(_id).catch(() => undefined);
  if (stored?.validate_doc_update === validate_doc_update) return;
  await database.put({ _id, validate_doc_update, ...(stored ? { _rev: stored._rev } : {}) });
}

function setConfigOnce(
  app: ReturnType<typeof expressPouchDB>,
  section: string,
  key: string,
  value: string,
): Promise<void> {
  return new Promise((resolve, reject) =>
    app.couchConfig.set(section, key, value, (error) => (error ? reject(error) : resolve())),
  );
}

/**
 * express-pouchdb saves an existing configuration again as it starts (to hash the admins'
 * passwords) through the same temporary file, so on a restart a save of ours can find that file
 * already renamed away. Each save writes the whole configuration: the next one completes it.
 */
async function setConfig(
  app: ReturnType<typeof expressPouchDB>,
  section: string,
  key: string,
  value: string,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await setConfigOnce(app, section, key, value);
    } catch (error) {
      if (attempt === 3 || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

type BulkDocs = (docs: unknown, ...rest: unknown[]) => unknown;

/**
 * A replicated revision keeps its own history. pouchdb-validation 4.2 (express-pouchdb's
 * validation) sets each incoming document's `_revisions` to the stored document's before writing
 * it (pouchdb/pouchdb-server#419; the fix, #420, was never merged), so under `new_edits: false`
 * — how replication writes — every revision after the first reads as one the server already
 * has, and `_bulk_docs` answers 201 having written nothing. Here each such document reaches the
 * validation as a copy whose history cannot be overwritten: the server stores the revision the
 * member made, and the validation function sees the new history, as in CouchDB.
 */
function withReplicatedHistoryKept(doc: unknown): unknown {
  if (typeof doc !== 'object' || doc === null || !('_revisions' in doc)) return doc;
  const { _revisions, ...rest } = doc as Record<string, unknown>;
  return Object.defineProperty(rest, '_revisions', {
    enumerable: true,
    get: () => _revisions,
    set: () => {},
  });
}

function keepReplicatedHistory(db: { bulkDocs: BulkDocs }): void {
  const bulkDocs = db.bulkDocs;
  db.bulkDocs = function (this: unknown, request: unknown, ...rest: unknown[]) {
    const body = request as { docs?: unknown[]; new_edits?: boolean };
    const options = rest[0] as { new_edits?: boolean } | undefined;
    const replicated = (body.new_edits ?? options?.new_edits) === false;
    if (!replicated) return bulkDocs.call(this, request, ...rest);
    const kept = Array.isArray(request)
      ? request.map(withReplicatedHistoryKept)
      : { ...body, docs: body.docs?.map(withReplicatedHistoryKept) };
    return bulkDocs.call(this, kept, ...rest);
  };
}

const DATABASE_PATH = /^\/[a-z][^/?]*\/?(\?.*)?$/;

function isServerAdmin(request: IncomingMessage, admin: SyncServerOptions['admin']): boolean {
  const expected = Buffer.from(
    `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`,
  );
  const given = Buffer.from(request.headers.authorization ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * express-pouchdb 4.2 crashes the whole process when anyone but a server admin creates or deletes
 * a database (its security wrapper returns a promise where the route expects a database), so
 * those two requests are answered here unless they carry the admin's credentials.
 */
function refusesDatabaseChangesByOthers(
  request: IncomingMessage,
  admin: SyncServerOptions['admin'],
): boolean {
  const changesDatabase = request.method === 'PUT' || request.method === 'DELETE';
  return changesDatabase && DATABASE_PATH.test(request.url ?? '') && !isServerAdmin(request, admin);
}

/**
 * A CouchDB-compatible server (express-pouchdb over PouchDB's LevelDB adapter) for a team on one
 * machine. Admin party is off from the first request: the admin is configured before listening.
 */
export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const LocalPouchDB = PouchDB.defaults({ prefix: `${dataDir}${path.sep}` });
  const app = expressPouchDB(LocalPouchDB, {
    configPath: path.join(dataDir, 'config.json'),
    logPath: path.join(dataDir, 'log.txt'),
    mode: 'fullCouchDB',
    overrideMode: { exclude: ['routes/fauxton'] },
  });
  // Registered after express-pouchdb's own wrappers, so it runs before its validation.
  app.dbWrapper.registerWrapper((_name, db, next) => {
    keepReplicatedHistory(db);
    next();
  });
  await setConfig(app, 'admins', options.admin.name, options.admin.password);
  // PouchDB announces 'created' for every instance it opens, not once per database, and the
  // installation opens one itself: without this guard the server loops on it and answers late.
  const installations = new Map<string, Promise<void>>();
  LocalPouchDB.on('created', (name) => {
    if (!installations.has(name)) installations.set(name, installValidation(LocalPouchDB, name));
  });
  LocalPouchDB.on('destroyed', (name) => installations.delete(name));
  const server: Server = createServer((request, response) => {
    if (!refusesDatabaseChangesByOthers(request, options.admin)) return app(request, response);
    response.writeHead(401, { 'Content-Type': 'application/json' });
    response.end(
      JSON.stringify({
        error: 'unauthorized',
        reason: 'only the server admin creates or deletes set databases',
      }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      await Promise.allSettled(installations.values());
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
