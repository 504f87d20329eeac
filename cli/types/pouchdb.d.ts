// The parts of PouchDB 9 and express-pouchdb 4 that `redline serve` uses; neither ships types.
declare module 'pouchdb-node' {
  interface PouchDatabase {
    name: string;
    get(id: string): Promise<{ _id: string; _rev: string } & Record<string, unknown>>;
    put(doc: Record<string, unknown>): Promise<{ ok: boolean; id: string; rev: string }>;
    close(): Promise<void>;
  }
  interface PouchDBConstructor {
    new (name: string, options?: Record<string, unknown>): PouchDatabase;
    defaults(options: Record<string, unknown>): PouchDBConstructor;
    allDbs?: () => Promise<string[]>;
    on(event: 'created', listener: (name: string) => void): void;
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
  interface ExpressPouchDBApp extends RequestListener {
    couchConfig: CouchConfig;
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
