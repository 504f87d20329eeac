import { type DBCore, type DBCoreTable, Dexie, type Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport, previewImport } from '../../../utils/db/import.ts';
import { openRedlineDb, type RedlineDb, STORES_V2 } from '../../../utils/db/schema.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import { colleague } from '../../fixtures/sharing/database.ts';
import { deleteAfterTest, deleteOpened, dump, freshDb } from '../../harness/fresh-db.ts';

afterEach(deleteOpened);

/** Rows whose ids sort between the file's (`clf-untoc-1` … `clf-untoc-3`), none of them its own. */
function neighbours(template: Annotation): Annotation[] {
  return Array.from({ length: 40 }, (_, i) => ({ ...template, id: `clf-untoc-${10 + i}` }));
}

describe('an import reads the stored versions of its ids, however they sit among others', () => {
  it('merges the same when many other rows share the ids’ key range', async () => {
    const db = freshDb();
    await applyImport(db, colleague());
    const [first] = (await db.annotations.toArray()) as Annotation[];
    await db.annotations.bulkPut(neighbours(first as Annotation));
    const before = await dump(db);

    const again = await applyImport(db, colleague());
    expect(again.counts).toMatchObject({ new: 0, unchanged: 3, updated: 0 });
    expect(await dump(db)).toEqual(before);

    const file = colleague();
    file.annotations[1] = {
      ...(file.annotations[1] as Annotation),
      comment: 'Revised.',
      updatedAt: '2026-12-01T00:00:00.000Z',
    };
    const report = await applyImport(db, file);
    expect(report.counts).toMatchObject({ updated: 1, unchanged: 2 });
    expect(await db.annotations.count()).toBe(43);
    expect((await db.superseded.toArray()).map((row) => row.annotationId)).toEqual(['clf-untoc-2']);
  });
});

/** Counts the stored annotations Dexie hands up to Redline, by every way of reading them. */
function countAnnotationReads(db: RedlineDb): { values: number } {
  const reads = { values: 0 };
  const counted = (table: DBCoreTable): DBCoreTable => ({
    ...table,
    get: async (request) => {
      const value = await table.get(request);
      if (value) reads.values++;
      return value;
    },
    getMany: async (request) => {
      const values = await table.getMany(request);
      reads.values += values.filter(Boolean).length;
      return values;
    },
    query: async (request) => {
      const response = await table.query(request);
      if (request.values) reads.values += response.result.length;
      return response;
    },
    openCursor: async (request) => {
      const cursor = await table.openCursor(request);
      if (cursor && request.values !== false) reads.values = Number.POSITIVE_INFINITY;
      return cursor;
    },
  });
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'count-annotation-reads',
    create: (down) => ({
      ...down,
      table: (name) => (name === 'annotations' ? counted(down.table(name)) : down.table(name)),
    }),
  };
  db.use(middleware);
  return reads;
}

/** A colleague's file of `count` annotations, each a real one under its own id. */
function colleagueOf(count: number) {
  const file = colleague();
  const template = file.annotations[0] as Annotation;
  file.annotations = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `clf-many-${String(i).padStart(4, '0')}`,
    comment: `${template.comment} (${i})`,
  }));
  return file;
}

describe('an import of a file already stored reads no stored annotation', () => {
  it('finds 500 unchanged by their fingerprints alone, and reads just the one that changed', async () => {
    const db = freshDb();
    const reads = countAnnotationReads(db);
    await applyImport(db, colleagueOf(500));
    const before = await dump(db);

    reads.values = 0;
    expect((await previewImport(db, colleagueOf(500))).counts).toMatchObject({
      new: 0,
      unchanged: 500,
    });
    expect((await applyImport(db, colleagueOf(500))).counts).toMatchObject({ unchanged: 500 });
    expect(reads.values).toBe(0);
    expect(await dump(db)).toEqual(before);

    const file = colleagueOf(500);
    const changed = file.annotations[250] as Annotation;
    file.annotations[250] = {
      ...changed,
      comment: 'Revised.',
      updatedAt: '2026-12-01T00:00:00.000Z',
    };
    reads.values = 0;
    const report = await applyImport(db, file);
    expect(report.counts).toMatchObject({ updated: 1, unchanged: 499 });
    expect(reads.values).toBe(1);
    expect((await db.superseded.toArray()).map((row) => row.annotation)).toEqual([changed]);
  });

  it('compares by content the rows stored before fingerprints existed', async () => {
    const name = `redline-v2-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(2).stores(STORES_V2);
    await old.table('annotations').bulkPut(colleague().annotations);
    old.close();
    const db = deleteAfterTest(openRedlineDb(name));

    const file = colleague();
    const edited = file.annotations[0] as Annotation;
    file.annotations[0] = { ...edited, comment: 'Revised.', updatedAt: '2026-12-01T00:00:00.000Z' };
    const report = await applyImport(db, file);
    expect(report.counts).toMatchObject({ new: 0, updated: 1, unchanged: 2 });
    // Once more: the revised row has its fingerprint, the two others are still read and compared.
    expect((await applyImport(db, file)).counts).toMatchObject({ unchanged: 3 });
  });
});
