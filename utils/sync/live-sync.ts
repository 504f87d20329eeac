/**
 * Live sets in the background: each connected set has a local PouchDB replica (IndexedDB, in
 * the extension's origin) that the engine syncs with the set's database on the server, live and
 * with retries, so edits made offline wait in the replica and go out on reconnect. Between the
 * replica and Redline's own database the documents pass through the same merge as a colleague's
 * file: newer edit wins, concurrent edits are both kept, deletions travel.
 *
 * Only the background imports this module: it holds the credentials and reaches the network.
 */
import PouchDB, { type PouchDatabase } from 'pouchdb-browser';

/** The engine's database class: pouchdb-browser in the extension; a benchmark may pass another build. */
export type Engine = typeof PouchDB;

import { idOnImport } from '../db/import.ts';
import type { RedlineDb } from '../db/schema.ts';
import { allSyncLinks, openConflicts, removeSyncLink, saveSyncLink } from '../db/sync-links.ts';
import { type Problem, problem, technicalProblem } from '../formats/import/problem.ts';
import { fail, type ParseResult, succeed } from '../formats/import/result.ts';
import type { SetFileSet } from '../formats/merge.ts';
import { pullChanges, pushEdits } from './bridge.ts';
import { databaseNameForSet, SYNC_ID, SyncSetDocument } from './documents.ts';
import type { ConnectRequest, SyncLink, SyncState, SyncStatus } from './link.ts';
import { parseServerAddress } from './server-address.ts';

/** What the live sets need from their surroundings: where to tell pages, how to ring them. */
export interface LiveSyncHost {
  publish(statuses: Record<string, SyncStatus>): Promise<void>;
  /** Rings every open page after comments arrived from the server. */
  changed(): Promise<void>;
}

function basicAuthorization(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

function databaseUrl(address: string, database: string): string {
  return `${address.replace(/\/+$/, '')}/${encodeURIComponent(database)}`;
}

/** Why the engine stopped: the server's or the engine's own words are a technical detail. */
function reasonOf(error: unknown): Problem {
  const { reason, message, status } = (
    typeof error === 'object' && error !== null ? error : {}
  ) as {
    reason?: unknown;
    message?: unknown;
    status?: unknown;
  };
  if (status === 401) return problem('sync.credentialsExpired');
  const detail =
    typeof reason === 'string' ? reason : typeof message === 'string' ? message : String(error);
  return technicalProblem(status === 403 ? 'sync.changeRefused' : 'sync.failed', detail);
}

/**
 * Asks the server whether this is a Redline set database the user may read, and which set it
 * holds, with an error for each way it can fail that says what to do.
 */
export async function probeServer(
  address: string,
  database: string,
  user: string,
  password: string,
): Promise<ParseResult<{ set?: SetFileSet }>> {
  const base = databaseUrl(address, database);
  const headers = { Authorization: basicAuthorization(user, password), Accept: 'application/json' };
  const host = new URL(address).host;
  const get = async (path: string) => {
    try {
      return await fetch(`${base}${path}`, { headers, credentials: 'omit', cache: 'no-store' });
    } catch {
      return undefined;
    }
  };
  const info = await get('');
  if (!info) {
    return fail(problem('sync.unreachable', { host }));
  }
  if (info.status === 401) {
    return fail(problem('sync.userRefused', { host, user }));
  }
  if (info.status === 403) {
    return fail(problem('sync.notMember', { user, database }));
  }
  if (info.status === 404) {
    return fail(problem('sync.noDatabase', { host, database }));
  }
  const body: unknown = await info.json().catch(() => undefined);
  if (!info.ok || typeof body !== 'object' || body === null || !('db_name' in body)) {
    return fail(problem('sync.notCouchDb', { host, status: String(info.status) }));
  }
  const design = await get('/_design/redline');
  if (design?.status !== 200) {
    return fail(problem('sync.notRedlineDatabase', { database, host }));
  }
  const setResponse = await get(`/${SYNC_ID.set}`);
  if (setResponse?.status === 404) return succeed({});
  const parsed = SyncSetDocument.safeParse(
    Object.fromEntries(
      Object.entries((await setResponse?.json().catch(() => ({}))) ?? {}).filter(
        ([key]) => !key.startsWith('_') || key === '_id',
      ),
    ),
  );
  if (!parsed.success) return fail(problem('sync.noReadableSet', { database, host }));
  return succeed({ set: parsed.data.set });
}

const LONG_POLL_MS = 1_000;

/** How long to wait before the next try while the server is away: up to ten seconds. */
function backOff(delay: number): number {
  return delay === 0 ? 1_000 : Math.min(delay * 2, 10_000);
}

/** One connected set: its replica, the engine's live sync with the server, and the bridge to Dexie. */
class LiveSet {
  private readonly local: PouchDatabase;
  private readonly remote: PouchDatabase;
  private readonly feeds: Array<{ cancel(): void }> = [];
  private queue: Promise<void> = Promise.resolve();
  private waiting = new Set<'push' | 'pull'>();
  private readonly unreachable = new Set<'push' | 'pull'>();
  /** Edits stamped from here on are the next push's; before the first push, every comment is. */
  private pushedSince: string | undefined;
  /** Revisions this browser wrote to the replica that no pull has seen yet. */
  private readonly pushed = new Set<string>();
  /** Documents on the server that pulls left out, by `_id`, until one is read without fault. */
  private readonly skipped = new Map<string, Problem>();
  status: SyncStatus;

  constructor(
    readonly link: SyncLink,
    private readonly db: RedlineDb,
    private readonly report: () => void,
    private readonly rang: () => Promise<void>,
    private readonly engine: Engine,
  ) {
    this.local = new engine(`redline-live-${link.database}-${link.setId}`);
    this.remote = new engine(databaseUrl(link.address, link.database), {
      skip_setup: true,
      auth: { username: link.user, password: link.password },
    });
    this.status = {
      setId: link.setId,
      database: link.database,
      server: new URL(link.address).host,
      state: 'connecting',
      conflicts: 0,
      pending: 0,
      skipped: [],
      at: new Date().toISOString(),
    };
  }

  start(): void {
    const sync = this.local.sync(this.remote, {
      live: true,
      retry: true,
      back_off_function: backOff,
      // Short polls: with express-pouchdb's default 60 s long poll a member's checkpoint write
      // was seen waiting for the poll to return.
      heartbeat: false,
      timeout: LONG_POLL_MS,
      // Fewer, larger batches on a first sync: each batch also costs a checkpoint on both
      // sides and a validation round on the server (bench/sync, 2,000 comments: 2.37× → 1.46×
      // the engine alone).
      batch_size: 500,
    });
    // The two-way sync says 'paused' without the error that paused it, so whether the server is
    // reachable is read from each direction: a failed request, or a pause with no error after it.
    for (const direction of ['push', 'pull'] as const) {
      sync[direction]
        .on('requestError', () => this.reachable(direction, false))
        .on('paused', (error) => {
          if (!error) this.reachable(direction, true);
        })
        .on('active', () => this.reachable(direction, true));
    }
    this.feeds.push(
      this.local.changes({ since: 'now', live: true }).on('change', () => this.schedule('pull')),
      sync
        .on('active', () => this.set('syncing'))
        .on('change', (info) => {
          if (info.direction === 'push') this.status.pending = info.change.pending ?? 0;
        })
        .on('paused', () => this.set(this.unreachable.size > 0 ? 'offline' : 'in-sync'))
        .on('denied', (error) => this.set('error', reasonOf(error)))
        .on('error', (error) => this.set('error', reasonOf(error))),
    );
    this.schedule('push');
    this.schedule('pull');
  }

  /** Offline while either direction cannot reach the server; the Sets tab says what that means. */
  private reachable(direction: 'push' | 'pull', reached: boolean): void {
    const wasOffline = this.unreachable.size > 0;
    if (reached) this.unreachable.delete(direction);
    else this.unreachable.add(direction);
    const offline = this.unreachable.size > 0;
    if (offline && !wasOffline) this.set('offline');
    if (!offline && wasOffline && this.status.state === 'offline') this.set('syncing');
  }

  private set(state: SyncState, reason?: Problem): void {
    this.status = { ...this.status, state, at: new Date().toISOString() };
    if (reason === undefined) delete this.status.reason;
    else this.status.reason = reason;
    this.report();
  }

  /** Runs pushes and pulls one at a time, each at most once in the queue. */
  schedule(step: 'push' | 'pull'): void {
    if (this.waiting.has(step)) return;
    this.waiting.add(step);
    this.queue = this.queue.then(async () => {
      this.waiting.delete(step);
      try {
        await (step === 'push' ? this.push() : this.pull());
      } catch (error) {
        this.set('error', reasonOf(error));
      }
    });
  }

  /** Settles once everything queued so far is done (tests and the benchmark wait on it). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async push(): Promise<void> {
    this.pushedSince = await pushEdits(
      this.db,
      this.local,
      this.link,
      this.pushedSince,
      this.pushed,
    );
  }

  private async pull(): Promise<void> {
    const pulled = await pullChanges(this.db, this.local, this.link, this.pushed);
    if (pulled.changes === 0) return;
    // A document read again without fault is no longer left out.
    for (const id of pulled.read) this.skipped.delete(id);
    for (const reason of pulled.skipped) this.skipped.set(reason.place ?? '', reason);
    this.status.skipped = [...this.skipped.values()];
    this.status.conflicts = await openConflicts(this.db, this.link.setId);
    this.report();
    await this.rang();
  }

  async stop(): Promise<void> {
    for (const feed of this.feeds) feed.cancel();
    await this.queue;
    await this.local.close();
  }

  /** Leaving: the replica goes, Redline's copy of the set stays. */
  async forget(): Promise<void> {
    await this.stop();
    await new this.engine(`redline-live-${this.link.database}-${this.link.setId}`).destroy();
  }
}

export interface LiveSync {
  connect(request: ConnectRequest): Promise<ParseResult<SyncStatus>>;
  leave(setId: string): Promise<void>;
  /** Redline's database changed: send this browser's edits. */
  localChange(): void;
  statuses(): Record<string, SyncStatus>;
  idle(): Promise<void>;
}

export async function startLiveSync(
  db: RedlineDb,
  host: LiveSyncHost,
  engine: Engine = PouchDB,
): Promise<LiveSync> {
  const sets = new Map<string, LiveSet>();
  const statuses = () =>
    Object.fromEntries([...sets].map(([id, live]) => [id, live.status] as const));
  const publish = () => void host.publish(statuses());
  const open = (link: SyncLink) => {
    const live = new LiveSet(link, db, publish, host.changed, engine);
    sets.set(link.setId, live);
    live.start();
    publish();
    return live;
  };
  for (const link of await allSyncLinks(db)) open(link);

  return {
    async connect(request) {
      const address = parseServerAddress(request.address);
      if (!address.ok) return address;
      const base = address.value.href.replace(/\/+$/, '');
      const database =
        request.mode === 'share' ? databaseNameForSet(request.setId) : request.database;
      const probe = await probeServer(base, database, request.user, request.password);
      if (!probe.ok) return probe;
      const remote = probe.value.set;
      let setId: string;
      let remoteSetId: string;
      if (request.mode === 'share') {
        if (remote && remote.id !== request.setId) {
          return fail(problem('sync.holdsOtherSet', { database, set: remote.name }));
        }
        setId = request.setId;
        remoteSetId = request.setId;
      } else {
        if (!remote) {
          return fail(problem('sync.nothingToJoin', { database }));
        }
        setId = await idOnImport(db, remote);
        remoteSetId = remote.id;
      }
      if (sets.has(setId)) await sets.get(setId)?.forget();
      const link: SyncLink = {
        setId,
        remoteSetId,
        address: base,
        database,
        user: request.user,
        password: request.password,
      };
      await saveSyncLink(db, link);
      return succeed(open(link).status);
    },
    async leave(setId) {
      await sets.get(setId)?.forget();
      sets.delete(setId);
      await removeSyncLink(db, setId);
      publish();
    },
    localChange() {
      for (const live of sets.values()) live.schedule('push');
    },
    statuses,
    async idle() {
      await Promise.all([...sets.values()].map((live) => live.idle()));
    },
  };
}
