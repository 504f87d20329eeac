import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PouchDB from 'pouchdb-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { stateFromFile } from '../../utils/formats/merge.ts';
import { RedlineSetFile } from '../../utils/formats/set-file.ts';
import {
  databaseNameForSet,
  MAX_SYNC_DOCUMENT_BYTES,
  readSyncDocuments,
  SYNC_ID,
  type SyncDocument,
  syncDocumentsForSet,
} from '../../utils/sync/documents.ts';
import {
  ADMIN,
  basic,
  createSetDatabase,
  type RunningServe,
  request,
  serve,
  stop,
} from '../harness/sync-server.ts';

const FIXTURE = path.resolve(
  import.meta.dirname,
  '../fixtures/formats/untoc-comments.redline.json',
);
const SET_ID = 'my-comments';
const DATABASE = databaseNameForSet(SET_ID);
const MEMBERS = { ana: 'ana-secret', bo: 'bo-secret' };
const OUTSIDER = { name: 'eve', password: 'eve-secret' };

const member = (name: keyof typeof MEMBERS) => ({ name, password: MEMBERS[name] });

describe('redline serve: a live set on a server the coalition runs', () => {
  let folder: string;
  let server: RunningServe;
  let setDocuments: SyncDocument[];
  const local = (who: string) => {
    // PouchDB's LevelDB adapter opens a database inside its prefix folder but does not create it.
    mkdirSync(path.join(folder, who), { recursive: true });
    const Local = PouchDB.defaults({ prefix: `${path.join(folder, who)}${path.sep}` });
    return new Local(DATABASE);
  };
  const remote = (who: { name: string; password: string }) =>
    new PouchDB(`${server.url}/${DATABASE}`, {
      auth: { username: who.name, password: who.password },
      skip_setup: true,
    });
  const synced = async (who: string) => {
    const { rows } = await local(who).allDocs({ include_docs: true });
    return readSyncDocuments(
      rows.map((row) => row.doc),
      SET_ID,
    );
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'redline-sync-'));
    server = await serve(path.join(folder, 'server'));
    expect(
      await createSetDatabase(server, DATABASE, MEMBERS, { [OUTSIDER.name]: OUTSIDER.password }),
    ).toEqual([201, 201, 201, 201, 200]);

    const file = RedlineSetFile.parse(JSON.parse(await readFile(FIXTURE, 'utf8')));
    const state = stateFromFile(file).state;
    const first = state.annotations.find((annotation) => annotation.setId === SET_ID) as Annotation;
    const privateNote: Annotation = {
      ...first,
      id: 'private-note',
      private: true,
      comment: 'only mine',
    };
    setDocuments = syncDocumentsForSet(
      { ...state, annotations: [...state.annotations, privateNote] },
      SET_ID,
    );
  }, 180_000);

  afterAll(async () => {
    if (server) await stop(server);
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('installs the validation design document in the set database', async () => {
    await expect
      .poll(
        async () => (await request(server, 'GET', `/${DATABASE}/_design/redline`, ADMIN)).status,
      )
      .toBe(200);
  });

  it('carries one member’s set to another member through the server, private comments left home', async () => {
    const ana = local('ana');
    await ana.bulkDocs(setDocuments);
    const pushed = await PouchDB.replicate(ana, remote(member('ana')));
    expect(pushed.doc_write_failures).toBe(0);
    await PouchDB.replicate(remote(member('bo')), local('bo'));

    const received = await synced('bo');
    expect(received.skipped).toEqual([]);
    const fixture = RedlineSetFile.parse(JSON.parse(await readFile(FIXTURE, 'utf8')));
    const expected = fixture.annotations.filter((annotation) => annotation.setId === SET_ID);
    expect(received.file?.annotations.map((a) => a.id).sort()).toEqual(
      expected.map((a) => a.id).sort(),
    );
    expect(received.file?.annotations).not.toContainEqual(
      expect.objectContaining({ id: 'private-note' }),
    );
    expect(received.file?.sets.map((set) => set.id)).toEqual([SET_ID]);
  });

  it('carries an edit made after the first sync, a concurrent edit beside it, and a deletion', async () => {
    const comment = (doc: Record<string, unknown>) => (doc.annotation as Annotation).comment;
    const anaLocal = local('ana');
    const boLocal = local('bo');
    const first = setDocuments.find((doc) => doc.kind === 'annotation') as SyncDocument;
    const stored = await anaLocal.get(first._id);
    expect(stored._rev).toMatch(/^1-/);
    const edited = {
      ...stored,
      annotation: { ...(stored.annotation as Annotation), comment: 'Edited after the first sync' },
    };
    await anaLocal.put(edited);
    expect((await PouchDB.replicate(anaLocal, remote(member('ana')))).doc_write_failures).toBe(0);
    const onServer = await request(server, 'GET', `/${DATABASE}/${first._id}`, member('bo'));
    expect(onServer.json._rev).toMatch(/^2-/);
    expect(comment(onServer.json)).toBe('Edited after the first sync');
    await PouchDB.replicate(remote(member('bo')), boLocal);
    const atBo = await boLocal.get(first._id);
    expect(atBo._rev).toBe(onServer.json._rev);
    expect(comment(atBo)).toBe('Edited after the first sync');

    // Both edit revision 2 without seeing each other's: the server keeps both, one as a conflict.
    await anaLocal.put({
      ...atBo,
      annotation: { ...(atBo.annotation as Annotation), comment: 'Ana' },
    });
    await boLocal.put({
      ...atBo,
      annotation: { ...(atBo.annotation as Annotation), comment: 'Bo' },
    });
    await PouchDB.replicate(anaLocal, remote(member('ana')));
    await PouchDB.replicate(boLocal, remote(member('bo')));
    await PouchDB.replicate(remote(member('ana')), anaLocal);
    const { rows } = await anaLocal.allDocs({ include_docs: true, conflicts: true });
    const both = rows.find((row) => row.id === first._id)?.doc;
    expect(both?._conflicts).toHaveLength(1);
    const losing = await anaLocal.get(first._id, { rev: both?._conflicts?.[0] as string });
    expect([comment(both as Record<string, unknown>), comment(losing)].sort()).toEqual([
      'Ana',
      'Bo',
    ]);

    const second = setDocuments.filter((doc) => doc.kind === 'annotation')[1] as SyncDocument;
    const doomed = await boLocal.get(second._id);
    await boLocal.remove(doomed);
    await PouchDB.replicate(boLocal, remote(member('bo')));
    expect((await request(server, 'GET', `/${DATABASE}/${second._id}`, member('ana'))).status).toBe(
      404,
    );
    await PouchDB.replicate(remote(member('ana')), anaLocal);
    await expect(anaLocal.get(second._id)).rejects.toMatchObject({ status: 404 });
  });

  it('loses nothing when the server restarts in the middle of a sync', async () => {
    const anaLocal = local('ana');
    const model = (
      setDocuments.find((doc) => doc.kind === 'annotation') as SyncDocument & {
        kind: 'annotation';
      }
    ).annotation;
    const many = Array.from({ length: 400 }, (_, index) => ({
      _id: `${SYNC_ID.annotation}restart-${index}`,
      kind: 'annotation',
      annotation: { ...model, id: `restart-${index}`, comment: `${model.comment} (${index})` },
    }));
    await anaLocal.bulkDocs(many);
    const onServer = async () => {
      const response = await fetch(
        `${server.url}/${DATABASE}/_all_docs?startkey="${SYNC_ID.annotation}restart-"&endkey="${SYNC_ID.annotation}restart-\uffff"`,
        {
          headers: basic(ADMIN.name, ADMIN.password),
        },
      ).catch(() => undefined);
      if (!response?.ok) return -1;
      return ((await response.json()) as { rows: unknown[] }).rows.length;
    };
    const live = { live: true, retry: true, batch_size: 20 } as const;
    const push = PouchDB.replicate(anaLocal, remote(member('ana')), live);
    await expect.poll(onServer, { timeout: 60_000, interval: 20 }).toBeGreaterThan(0);
    const port = Number(new URL(server.url).port);
    await stop(server);
    server = await serve(path.join(folder, 'server'), port);
    const before = await onServer();
    expect(before).toBeLessThan(many.length);
    await expect.poll(onServer, { timeout: 120_000, interval: 200 }).toBe(many.length);
    push.cancel();
    await PouchDB.replicate(remote(member('bo')), local('bo'));
    const received = await synced('bo');
    expect(received.skipped).toEqual([]);
    const ids = new Set(received.file?.annotations.map((annotation) => annotation.id));
    expect(many.every((doc) => ids.has(doc.annotation.id))).toBe(true);
  }, 240_000);

  it('refuses malformed, oversized and private documents from a member, and leaves the set intact', async () => {
    const ana = member('ana');
    const annotation = (
      setDocuments.find((doc) => doc.kind === 'annotation') as Extract<
        SyncDocument,
        { kind: 'annotation' }
      >
    ).annotation;
    const malformed = await request(server, 'PUT', `/${DATABASE}/${SYNC_ID.annotation}x`, ana, {
      kind: 'annotation',
      annotation: { id: 'x', comment: 42 },
    });
    expect(malformed.status).toBe(403);
    const stranger = await request(server, 'PUT', `/${DATABASE}/anything`, ana, {
      kind: 'note',
      note: 'hi',
    });
    expect(stranger.status).toBe(403);
    const huge = { ...annotation, id: 'huge', comment: 'x'.repeat(MAX_SYNC_DOCUMENT_BYTES) };
    const oversized = await request(server, 'PUT', `/${DATABASE}/${SYNC_ID.annotation}huge`, ana, {
      kind: 'annotation',
      annotation: huge,
    });
    expect(oversized.status).toBe(403);
    const leaked = { ...annotation, id: 'leaked', private: true };
    const privateWrite = await request(
      server,
      'PUT',
      `/${DATABASE}/${SYNC_ID.annotation}leaked`,
      ana,
      {
        kind: 'annotation',
        annotation: leaked,
      },
    );
    expect(privateWrite.status).toBe(403);

    await PouchDB.replicate(remote(member('bo')), local('bo'));
    const received = await synced('bo');
    expect(received.skipped).toEqual([]);
    expect(received.file?.annotations.map((a) => a.id)).not.toContain('huge');
    expect(received.file?.annotations.map((a) => a.id)).not.toContain('leaked');
  });

  it('lets only members read or write, and only the admin create databases', async () => {
    const write = await request(server, 'PUT', `/${DATABASE}/set`, OUTSIDER, setDocuments[0]);
    expect(write.status).toBe(401);
    expect((await request(server, 'GET', `/${DATABASE}/set`, OUTSIDER)).status).toBe(401);
    const anonymous = await fetch(`${server.url}/${DATABASE}/set`);
    expect(anonymous.status).toBe(401);
    expect((await request(server, 'PUT', '/redline-set-by-eve', OUTSIDER)).status).toBe(401);
    expect((await request(server, 'DELETE', `/${DATABASE}`, member('ana'))).status).toBe(401);
    expect((await request(server, 'GET', `/${DATABASE}/set`, member('bo'))).status).toBe(200);
  });
});
