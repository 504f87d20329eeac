import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PouchDatabase } from 'pouchdb-browser';
import PouchDB from 'pouchdb-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyImport } from '../../../utils/db/import.ts';
import { openRedlineDb, type RedlineDb } from '../../../utils/db/schema.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import { DEFAULT_SET_ID } from '../../../utils/formats/default-set.ts';
import { stateFromFile } from '../../../utils/formats/merge.ts';
import { pullChanges, pushEdits } from '../../../utils/sync/bridge.ts';
import { databaseNameForSet, SYNC_ID } from '../../../utils/sync/documents.ts';
import type { SyncLink } from '../../../utils/sync/link.ts';
import { inEnglish } from '../../harness/problems.ts';
import { fixtureSet } from '../formats/export/fixture.ts';

const COMMENTS = 300;
const file = fixtureSet;
const set = file.sets.find((candidate) => candidate.id === DEFAULT_SET_ID);
const real = stateFromFile(file).state.annotations.filter((a) => a.setId === DEFAULT_SET_ID);
const comments: Annotation[] = Array.from({ length: COMMENTS }, (_, index) => {
  const model = real[index % real.length] as Annotation;
  return {
    ...model,
    id: `many-${index}`,
    comment: `${model.comment} (${index})`,
    updatedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, index)).toISOString(),
  };
});
const link: SyncLink = {
  setId: DEFAULT_SET_ID,
  remoteSetId: DEFAULT_SET_ID,
  address: 'http://127.0.0.1:5984',
  database: databaseNameForSet(DEFAULT_SET_ID),
  user: 'ana',
  password: 'ana-secret',
};

type NodeReplica = Parameters<typeof PouchDB.replicate>[0];

/** Counts what the bridge writes to and reads from a replica, by the documents in each answer. */
function traffic(replica: PouchDatabase) {
  const bulkDocs = vi.spyOn(replica, 'bulkDocs');
  const allDocs = vi.spyOn(replica, 'allDocs');
  const changes = vi.spyOn(replica, 'changes');
  return {
    written: () => bulkDocs.mock.calls.reduce((sum, [docs]) => sum + docs.length, 0),
    async read() {
      let rows = 0;
      for (const { value } of allDocs.mock.results) rows += (await value).rows.length;
      for (const { value } of changes.mock.results) rows += (await value).results.length;
      return rows;
    },
    restore() {
      for (const spy of [bulkDocs, allDocs, changes]) spy.mockRestore();
    },
  };
}

describe('a live set’s bridge between Redline and its replica', () => {
  let folder: string;
  let ana: RedlineDb;
  let bo: RedlineDb;
  let anaReplica: PouchDatabase;
  let boReplica: PouchDatabase;
  let pushedSince: string | undefined;
  const anaPushed = new Set<string>();
  const boPushed = new Set<string>();
  /** What the engine does between two members: the server in the middle changes nothing. */
  const replicate = () =>
    PouchDB.replicate(anaReplica as unknown as NodeReplica, boReplica as unknown as NodeReplica);

  beforeAll(async () => {
    if (!set) throw new Error('the fixture has no default set');
    folder = await mkdtemp(path.join(tmpdir(), 'redline-bridge-'));
    const replicaOf = (member: string) => {
      const prefix = path.join(folder, member);
      mkdirSync(prefix, { recursive: true });
      const Engine = PouchDB.defaults({ prefix: `${prefix}${path.sep}` });
      return new Engine(link.database) as unknown as PouchDatabase;
    };
    anaReplica = replicaOf('ana');
    boReplica = replicaOf('bo');
    ana = openRedlineDb('bridge-ana');
    bo = openRedlineDb('bridge-bo');
    await ana.sets.put({ ...set, origin: 'own', visible: true });
    await ana.documents.bulkPut(
      file.documents.map((d) => ({ ...d, url: d.url ?? '', kind: 'html', lastSeenAt: '' })),
    );
    // The set was written here an hour before it was shared: its comments are not "new".
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - 3_600_000);
    await ana.annotations.bulkPut(comments);
    vi.useRealTimers();
  });

  afterAll(async () => {
    await anaReplica?.close();
    await boReplica?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('sends and reads the whole set the first time', async () => {
    const sent = traffic(anaReplica);
    pushedSince = await pushEdits(ana, anaReplica, link, undefined, anaPushed);
    expect(sent.written()).toBeGreaterThan(COMMENTS);
    sent.restore();
    // Ana's own pull meets her revisions and leaves them out: they came from her database.
    expect(anaPushed.size).toBeGreaterThan(COMMENTS);
    expect((await pullChanges(ana, anaReplica, link, anaPushed)).changes).toBeGreaterThan(COMMENTS);
    expect(anaPushed.size).toBe(0);
    await replicate();
    const received = traffic(boReplica);
    expect((await pullChanges(bo, boReplica, link, boPushed)).changes).toBeGreaterThan(COMMENTS);
    expect(await received.read()).toBeGreaterThan(COMMENTS);
    received.restore();
    expect(await bo.annotations.where('setId').equals(DEFAULT_SET_ID).count()).toBe(COMMENTS);
  });

  it('sends one edit as one document and reads only what changed, whatever the set’s size', async () => {
    const edited = {
      ...(comments[7] as Annotation),
      comment: 'Edited once',
      updatedAt: new Date().toISOString(),
    };
    await ana.annotations.put(edited);
    const sent = traffic(anaReplica);
    pushedSince = await pushEdits(ana, anaReplica, link, pushedSince, anaPushed);
    expect(sent.written()).toBe(1);
    // The edited comment, its document and the set: compared, not rewritten.
    expect(await sent.read()).toBeLessThanOrEqual(3);
    sent.restore();

    await replicate();
    const received = traffic(boReplica);
    expect((await pullChanges(bo, boReplica, link, boPushed)).changes).toBe(1);
    expect(await received.read()).toBeLessThanOrEqual(3);
    expect(received.written()).toBe(0);
    received.restore();
    expect((await bo.annotations.get(edited.id))?.comment).toBe('Edited once');

    // Nothing new: a pull reads nothing and imports nothing.
    expect((await pullChanges(bo, boReplica, link, boPushed)).changes).toBe(0);
  });

  it('sends a deletion incrementally and never a comment made private', async () => {
    const now = new Date().toISOString();
    const deleted = { ...(comments[8] as Annotation), deleted: true, updatedAt: now };
    const hidden = {
      ...(comments[9] as Annotation),
      private: true as const,
      comment: 'only mine',
      updatedAt: now,
    };
    await ana.annotations.bulkPut([deleted, hidden]);
    const sent = traffic(anaReplica);
    pushedSince = await pushEdits(ana, anaReplica, link, pushedSince, anaPushed);
    expect(sent.written()).toBe(1);
    sent.restore();
    await replicate();
    expect((await pullChanges(bo, boReplica, link, boPushed)).changes).toBe(1);
    expect((await bo.annotations.get(deleted.id))?.deleted).toBe(true);
    expect((await bo.annotations.get(hidden.id))?.comment).toBe(comments[9]?.comment);
    await expect(anaReplica.get(`${SYNC_ID.annotation}${hidden.id}`)).resolves.toMatchObject({
      annotation: { comment: comments[9]?.comment },
    });
  });

  it('sends a file imported into the set during the session on the next push, whatever its comments’ dates', async () => {
    // A member's earlier export of this same set (or a backup of it), dated a year before the
    // push: its comments' own times are older than any push, yet they are new to the server.
    const imported = Array.from({ length: 40 }, (_, index) => {
      const model = real[index % real.length] as Annotation;
      return {
        ...model,
        id: `imported-${index}`,
        comment: `${model.comment} (imported ${index})`,
        updatedAt: new Date(Date.UTC(2024, 5, 1, 0, 0, index)).toISOString(),
      };
    });
    await applyImport(ana, {
      ...file,
      sets: file.sets.filter((candidate) => candidate.id === DEFAULT_SET_ID),
      annotations: imported,
    });
    expect(await ana.annotations.where('id').startsWith('imported-').count()).toBe(40);
    const sent = traffic(anaReplica);
    pushedSince = await pushEdits(ana, anaReplica, link, pushedSince, anaPushed);
    expect(sent.written()).toBe(40);
    sent.restore();
    await replicate();
    expect((await pullChanges(bo, boReplica, link, boPushed)).changes).toBe(40);
    const arrived = await bo.annotations.where('id').startsWith('imported-').toArray();
    expect(arrived.map((a) => a.comment).sort()).toEqual(imported.map((a) => a.comment).sort());
  });

  it('says which documents it left out, each at its _id, and which it read', async () => {
    const model = comments[3] as Annotation;
    const other = { ...model, id: 'of-another-set', setId: 'their-comments' };
    const broken = { ...model, id: 'broken', comment: 7 };
    await anaReplica.bulkDocs([
      { _id: `${SYNC_ID.annotation}${other.id}`, kind: 'annotation', annotation: other },
      { _id: `${SYNC_ID.annotation}${broken.id}`, kind: 'annotation', annotation: broken },
    ]);
    await replicate();
    const pulled = await pullChanges(bo, boReplica, link, boPushed);
    expect(pulled.read).toEqual(
      expect.arrayContaining([
        `${SYNC_ID.annotation}of-another-set`,
        `${SYNC_ID.annotation}broken`,
      ]),
    );
    expect(inEnglish(pulled.skipped).sort()).toEqual([
      'annotation:broken: not imported (annotation.comment: expected string, received number)',
      'annotation:of-another-set: it belongs to the set "their-comments", not to this one',
    ]);
    expect(await bo.annotations.get('broken')).toBeUndefined();

    // Mended by its writer: read again without fault, and imported.
    const stored = await anaReplica.get(`${SYNC_ID.annotation}broken`);
    await anaReplica.put({ ...stored, annotation: { ...broken, comment: 'mended' } });
    await replicate();
    const again = await pullChanges(bo, boReplica, link, boPushed);
    expect(again.read).toEqual([`${SYNC_ID.annotation}broken`]);
    expect(again.skipped).toEqual([]);
    expect((await bo.annotations.get('broken'))?.comment).toBe('mended');
  });

  it('keeps where a pull stopped in the replica, so a restart reads nothing again', async () => {
    await boReplica.close();
    const Engine = PouchDB.defaults({ prefix: `${path.join(folder, 'bo')}${path.sep}` });
    boReplica = new Engine(link.database) as unknown as PouchDatabase;
    expect((await pullChanges(bo, boReplica, link, boPushed)).changes).toBe(0);
  });
});
