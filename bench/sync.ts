/**
 * `node --import tsx bench/sync.ts [N]`: a live set of N comments (default 10,000) through
 * `redline serve`, Redline's path against the engine's own, on the same documents in one run.
 *
 * - Redline: member A's database holds the set; A shares it (replica, push to the server), B
 *   joins it; timed from B's connect until B's Redline database holds every comment. Then one
 *   edit in A, timed until B holds it.
 * - Peer: PouchDB alone — the same sync documents bulk-written into a replica, replicated to the
 *   server and from it into a second replica (what the engine costs without Redline's merge).
 *
 * Both sides run in this Node process on the same engine build and storage: PouchDB on LevelDB
 * (pouchdb-node; the extension runs pouchdb-browser on IndexedDB, which fake-indexeddb cannot
 * host), Redline's own database on fake-indexeddb. The server runs in its own process.
 */
import 'fake-indexeddb/auto';
import './lib/worker-globals.ts';
import { mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PouchDB from 'pouchdb-node';
import { basic, createSetDatabase, serve, stop } from '../tests/harness/sync-server.ts';
import { openRedlineDb, type RedlineDb } from '../utils/db/schema.ts';
import type { Annotation } from '../utils/formats/annotation.ts';
import { DEFAULT_SET_ID } from '../utils/formats/default-set.ts';
import { stateFromFile } from '../utils/formats/merge.ts';
import { RedlineSetFile } from '../utils/formats/set-file.ts';
import { databaseNameForSet, syncDocumentsForSet } from '../utils/sync/documents.ts';
import { type Engine, startLiveSync } from '../utils/sync/live-sync.ts';

const COMMENTS = Number(process.argv[2] ?? 10_000);
const FIXTURE = path.resolve(
  import.meta.dirname,
  '../tests/fixtures/formats/untoc-comments.redline.json',
);
const MEMBERS = { amina: 'amina-secret', jonas: 'jonas-secret' };

/** N comments of the fixture's set, each a real one with its own id and time. */
function commentsOfSet(): { file: RedlineSetFile; annotations: Annotation[] } {
  const file = RedlineSetFile.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  const real = stateFromFile(file).state.annotations.filter((a) => a.setId === DEFAULT_SET_ID);
  const annotations = Array.from({ length: COMMENTS }, (_, index) => {
    const model = real[index % real.length] as Annotation;
    return {
      ...model,
      id: `bench-${String(index).padStart(6, '0')}`,
      comment: `${model.comment} (${index})`,
      updatedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, index)).toISOString(),
    };
  });
  return { file, annotations };
}

async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}

const host = { publish: async () => {}, changed: async () => {} };
const ms = (start: number) => performance.now() - start;

async function main(): Promise<void> {
  const folder = await mkdtemp(path.join(tmpdir(), 'redline-bench-sync-'));
  const server = await serve(path.join(folder, 'server'));
  try {
    const database = databaseNameForSet(DEFAULT_SET_ID);
    const peerDatabase = 'redline-set-peer';
    await createSetDatabase(server, database, MEMBERS);
    await createSetDatabase(server, peerDatabase, MEMBERS);
    const { file, annotations } = commentsOfSet();
    const set = file.sets.find((candidate) => candidate.id === DEFAULT_SET_ID);
    if (!set) throw new Error('the fixture has no default set');

    // Redline: A's database holds the set; B starts empty.
    const a: RedlineDb = openRedlineDb('bench-a');
    const b: RedlineDb = openRedlineDb('bench-b');
    await a.sets.put({ ...set, origin: 'own', visible: true });
    await a.documents.bulkPut(
      file.documents.map((d) => ({
        ...d,
        url: d.url ?? '',
        kind: 'html',
        lastSeenAt: set.createdAt ?? '',
      })),
    );
    await a.annotations.bulkPut(annotations);
    // A's set was written before she shares it, not in the second before her first push (which
    // the next push looks at again, see WRITE_OVERLAP_MS in utils/sync/bridge.ts).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const credentials = (user: keyof typeof MEMBERS) => ({
      address: server.url,
      user,
      password: MEMBERS[user],
    });

    // Each member's replicas in a folder of its own, as each browser profile has its own storage:
    // both name the replica after the set, and one folder would hand B the replica A filled.
    const engineIn = (member: string): Engine => {
      const replicas = path.join(folder, 'replicas', member);
      mkdirSync(replicas, { recursive: true });
      return PouchDB.defaults({ prefix: `${replicas}${path.sep}` }) as unknown as Engine;
    };
    const Engine = PouchDB.defaults({ prefix: `${path.join(folder, 'replicas')}${path.sep}` });
    const liveA = await startLiveSync(a, host, engineIn('a'));
    const sharing = performance.now();
    const shared = await liveA.connect({
      mode: 'share',
      setId: DEFAULT_SET_ID,
      ...credentials('amina'),
    });
    if (!shared.ok) throw new Error(shared.errors.join(' '));
    // B can join only once A's set document is on the server.
    await until(async () => {
      const response = await fetch(`${server.url}/${database}/set`, {
        headers: basic('amina', MEMBERS.amina),
      });
      return response.ok;
    });
    const liveB = await startLiveSync(b, host, engineIn('b'));
    const joining = performance.now();
    const joined = await liveB.connect({ mode: 'join', database, ...credentials('jonas') });
    if (!joined.ok) throw new Error(joined.errors.join(' '));
    const bSetId = joined.value.setId;

    await until(
      async () => (await b.annotations.where('setId').equals(bSetId).count()) === COMMENTS,
    );
    const firstSync = ms(sharing);
    const joinToAll = ms(joining);

    const edited = {
      ...(annotations[0] as Annotation),
      comment: 'edited once',
      updatedAt: new Date().toISOString(),
    };
    const editing = performance.now();
    await a.annotations.put(edited);
    liveA.localChange();
    await until(async () => (await b.annotations.get(edited.id))?.comment === 'edited once');
    const oneEdit = ms(editing);

    // Peer: the engine alone on the same documents.
    const documents = syncDocumentsForSet(
      { sets: [set], documents: file.documents, annotations },
      DEFAULT_SET_ID,
    );
    const remote = (user: keyof typeof MEMBERS) =>
      new Engine(`${server.url}/${peerDatabase}`, {
        skip_setup: true,
        auth: { username: user, password: MEMBERS[user] },
      });
    const peerA = new Engine('bench-peer-a');
    const peerB = new Engine('bench-peer-b');
    const peerStart = performance.now();
    await peerA.bulkDocs(documents);
    await PouchDB.replicate(peerA, remote('amina'));
    await PouchDB.replicate(remote('jonas'), peerB);
    const peerFirst = ms(peerStart);
    // The edit through the engine's own live replication, with the options Redline uses.
    const live = { live: true, retry: true, heartbeat: false, timeout: 1_000 } as const;
    const peerPush = PouchDB.replicate(peerA, remote('amina'), live);
    const peerPull = PouchDB.replicate(remote('jonas'), peerB, live);
    const editId = `annotation:${edited.id}`;
    const peerEditStart = performance.now();
    const doc = await peerA.get(editId);
    await peerA.put({ ...doc, annotation: edited });
    await until(
      async () =>
        ((await peerB.get(editId)).annotation as Annotation | undefined)?.comment === 'edited once',
    );
    const peerEdit = ms(peerEditStart);
    peerPush.cancel();
    peerPull.cancel();

    console.log(`live set of ${COMMENTS} comments through redline serve`);
    console.log(
      `  first sync, Redline (A shares → B holds all): ${firstSync.toFixed(0)} ms (B's join → all: ${joinToAll.toFixed(0)} ms)`,
    );
    console.log(`  first sync, PouchDB alone (write, push, pull): ${peerFirst.toFixed(0)} ms`);
    console.log(`  ratio Redline / PouchDB: ${(firstSync / peerFirst).toFixed(2)}×`);
    console.log(
      `  one edit A → B, Redline live: ${oneEdit.toFixed(0)} ms; PouchDB alone, live: ${peerEdit.toFixed(0)} ms; ratio ${(oneEdit / peerEdit).toFixed(2)}×`,
    );
    await liveA.leave(DEFAULT_SET_ID);
    await liveB.leave(bSetId);
  } finally {
    await stop(server);
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
