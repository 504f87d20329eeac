// The parts of PouchDB 7 (pouchdb-node, the line express-pouchdb 4.2 is built for) and express-pouchdb
// that `redline serve` and its tests use; neither package ships types.
declare module 'pouchdb-node' {
  interface PouchDatabase {
    name: string;
    get(
      id: string,
      options?: { rev?: string },
    ): Promise<{ _id: string; _rev: string } & Record<string, unknown>>;
    put(doc: Record<string, unknown>): Promise<{ ok: boolean; id: string; rev: string }>;
    remove(doc: { _id: string; _rev: string }): Promise<{ ok: boolean; id: string; rev: string }>;
    bulkDocs(docs: object[]): Promise<Array<{ ok?: boolean; id: string; error?: string }>>;
    allDocs(options: { include_docs: true; conflicts?: boolean }): Promise<{
      rows: Array<{ id: string; doc?: Record<string, unknown> & { _conflicts?: string[] } }>;
    }>;
    close(): Promise<void>;
  }
  interface ReplicationResult {
    ok: boolean;
    docs_written: number;
    doc_write_failures: number;
  }
  interface PouchDBConstructor {
    new (name: string, options?: Record<string, unknown>): PouchDatabase;
    defaults(options: Record<string, unknown>): PouchDBConstructor;
    allDbs?: () => Promise<string[]>;
    on(event: 'created' | 'destroyed', listener: (name: string) => void): void;
    replicate(source: PouchDatabase, target: PouchDatabase): Promise<ReplicationResult>;
    replicate(
      source: PouchDatabase,
      target: PouchDatabase,
      options: { live: true; retry?: boolean; heartbeat?: false | number; timeout?: number },
    ): { cancel(): void };
  }
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
}

declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  import type PouchDB from 'pouchdb-node';

  interface CouchConfig {
    set(section: string, key: string, value: string, callback: (error?: Error) => void): void;
  }
  interface DatabaseWrapper {
    /** Runs for each database the server opens, after the wrappers registered before it. */
    registerWrapper(
      wrapper: (
        name: string,
        db: { bulkDocs: (docs: unknown, ...rest: unknown[]) => unknown },
        next: () => void,
      ) => void,
    ): void;
  }
  interface ExpressPouchDBApp extends RequestListener {
    couchConfig: CouchConfig;
    dbWrapper: DatabaseWrapper;
  }
  function expressPouchDB(
    pouchDB: typeof PouchDB,
    options: {
      configPath?: string;
      logPath?: string;
      mode?: 'fullCouchDB' | 'minimumForPouchDB';
      overrideMode?: { include?: string[]; exclude?: string[] };
    },
  ): ExpressPouchDBApp;
  export default expressPouchDB;
}
