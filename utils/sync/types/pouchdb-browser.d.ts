// The parts of PouchDB 9 (pouchdb-browser) the background's live sync uses; the package ships no types.
declare module 'pouchdb-browser' {
  interface Revisioned {
    _id: string;
    _rev: string;
    _conflicts?: string[];
    [field: string]: unknown;
  }
  interface WriteResult {
    ok?: boolean;
    id: string;
    rev?: string;
    error?: string;
    reason?: string;
  }
  interface Cancellable {
    cancel(): void;
  }
  interface ChangesFeed extends Cancellable {
    on(
      event: 'change',
      listener: (change: { id: string; seq: number | string }) => void,
    ): ChangesFeed;
    on(event: 'error', listener: (error: unknown) => void): ChangesFeed;
  }
  /** One direction of a sync: it says when a request failed and the engine backs off. */
  interface ReplicationFeed {
    on(event: 'requestError', listener: (error: unknown) => void): ReplicationFeed;
    on(event: 'paused', listener: (error?: unknown) => void): ReplicationFeed;
    on(event: 'active', listener: () => void): ReplicationFeed;
  }
  interface SyncFeed extends Cancellable {
    push: ReplicationFeed;
    pull: ReplicationFeed;
    on(event: 'active', listener: () => void): SyncFeed;
    on(event: 'paused', listener: (error?: unknown) => void): SyncFeed;
    on(
      event: 'change',
      listener: (info: {
        direction: 'push' | 'pull';
        change: { docs_written: number; pending?: number };
      }) => void,
    ): SyncFeed;
    on(event: 'denied' | 'error', listener: (error: unknown) => void): SyncFeed;
  }
  interface PouchDatabase {
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<Revisioned>;
    put(doc: object): Promise<WriteResult>;
    bulkDocs(docs: object[]): Promise<WriteResult[]>;
    allDocs(options: { include_docs: true; conflicts?: boolean; keys?: string[] }): Promise<{
      total_rows: number;
      /** With `keys`: a row per key, without `doc` for one missing or deleted. */
      rows: Array<{ id?: string; key: string; doc?: Revisioned | null }>;
    }>;
    changes(options: { since: 'now' | number | string; live: true }): ChangesFeed;
    changes(options: {
      since: number | string;
      include_docs: true;
      conflicts: true;
      limit?: number;
    }): Promise<{
      results: Array<{ id: string; seq: number | string; deleted?: boolean; doc?: Revisioned }>;
      last_seq: number | string;
    }>;
    sync(
      remote: PouchDatabase,
      options: {
        live: true;
        retry: true;
        back_off_function?: (delay: number) => number;
        heartbeat?: number | false;
        timeout?: number;
        /** Documents per replication batch (the engine's default is 100). */
        batch_size?: number;
      },
    ): SyncFeed;
    replicate: {
      to(remote: PouchDatabase): Promise<{ docs_written: number }>;
      from(remote: PouchDatabase): Promise<{ docs_written: number }>;
    };
    destroy(): Promise<void>;
    close(): Promise<void>;
  }
  interface PouchDBConstructor {
    new (
      name: string,
      options?: {
        skip_setup?: boolean;
        auth?: { username: string; password: string };
        adapter?: string;
      },
    ): PouchDatabase;
  }
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
  export type { PouchDatabase, Revisioned };
}
