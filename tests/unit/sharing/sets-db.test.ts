import { afterEach, describe, expect, it } from 'vitest';
import type { FlagStore } from '../../../utils/db/backup.ts';
import { keepVersion } from '../../../utils/db/conflicts.ts';
import { applyImport } from '../../../utils/db/import.ts';
import {
  createSet,
  exportSets,
  renameSet,
  setVisible,
  summariseSets,
} from '../../../utils/db/sets.ts';
import {
  checkStorageHealth,
  dismissEvictionNotice,
  EVICTION_NOTICE_FLAG,
} from '../../../utils/db/storage-health.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import { readSharedFile } from '../../../utils/formats/import/parse-file.ts';
import { colleague } from '../../fixtures/sharing/database.ts';
import { deleteOpened, freshDb } from '../../harness/fresh-db.ts';

afterEach(deleteOpened);

const SET_ID = 'c1d2e3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('sets in the database', () => {
  it('creates, renames and hides a set; hiding is not an edit', async () => {
    const db = freshDb();
    const created = await createSet(
      db,
      { name: '  Joint submission ', colour: '#123456' },
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(created).toMatchObject({ name: 'Joint submission', origin: 'own', visible: true });
    await renameSet(db, created.id, 'Coalition', new Date('2026-02-01T00:00:00Z'));
    await setVisible(db, created.id, false);
    expect(await db.sets.get(created.id)).toMatchObject({
      name: 'Coalition',
      visible: false,
      updatedAt: '2026-02-01T00:00:00.000Z',
    });
    await expect(renameSet(db, created.id, '   ')).rejects.toThrow(/name/);
  });

  it('counts live annotations and documents per set', async () => {
    const db = freshDb();
    await applyImport(db, colleague());
    const first = (await db.annotations.toArray())[0] as Annotation;
    await db.annotations.put({ ...first, deleted: true });
    expect((await summariseSets(db)).get(SET_ID)).toEqual({ annotations: 2, documents: 1 });
  });

  it('exports the chosen sets as a file a colleague can read back, tombstones included', async () => {
    const db = freshDb();
    await applyImport(db, colleague());
    const other = await createSet(db, { name: 'Unrelated', colour: '#000000' });
    const first = (await db.annotations.toArray())[0] as Annotation;
    await db.annotations.put({ ...first, deleted: true });
    // An annotation on a document this browser never recorded still needs a document entry.
    await db.annotations.put({ ...first, id: 'stray', documentKey: 'unseen|en' });

    const file = await exportSets(db, [SET_ID], new Date('2026-12-01T00:00:00Z'));
    expect(file.sets.map((set) => set.id)).toEqual([SET_ID]);
    expect(file.sets).not.toContainEqual(expect.objectContaining({ id: other.id }));
    expect(file.annotations).toHaveLength(4);
    expect(file.annotations.filter((a) => a.deleted)).toHaveLength(1);
    expect(file.documents.map((document) => document.key)).toEqual(['A/RES/55/25|en', 'unseen|en']);
    const read = readSharedFile(JSON.stringify(file));
    expect(read.ok).toBe(true);
  });
});

describe('settling a conflict', () => {
  it('writes the chosen version as a new edit and keeps the stored one', async () => {
    const db = freshDb();
    await applyImport(db, colleague());
    const stored = (await db.annotations.get('clf-untoc-1')) as Annotation;
    const other = { ...stored, comment: 'The other wording.' };
    const kept = await keepVersion(db, other, new Date('2027-01-01T00:00:00Z'));
    expect(kept).toMatchObject({
      comment: 'The other wording.',
      updatedAt: '2027-01-01T00:00:00.000Z',
    });
    expect(await db.annotations.get('clf-untoc-1')).toEqual(kept);
    const history = await db.superseded.where('annotationId').equals('clf-untoc-1').toArray();
    expect(history.map((row) => [row.reason, row.annotation.comment])).toEqual([
      ['concurrent-edit', stored.comment],
    ]);
  });

  it('writes nothing when the chosen version is the one stored', async () => {
    const db = freshDb();
    await applyImport(db, colleague());
    const stored = (await db.annotations.get('clf-untoc-1')) as Annotation;
    await keepVersion(db, stored);
    expect(await db.annotations.get('clf-untoc-1')).toEqual(stored);
    expect(await db.superseded.count()).toBe(0);
  });
});

describe('the eviction warning', () => {
  function memoryFlags(): FlagStore & { values: Map<string, unknown> } {
    const values = new Map<string, unknown>();
    return {
      values,
      get: async (key) => values.get(key),
      set: async (key, value) => {
        values.set(key, value);
      },
    };
  }

  it('stays up after the eviction is detected, on every check, until dismissed', async () => {
    const flags = memoryFlags();
    expect(await checkStorageHealth(freshDb(), flags)).toEqual({ evicted: false });
    // The browser deletes the database: a fresh one has no sentinel, the flag says it had.
    const evicted = freshDb();
    expect(await checkStorageHealth(evicted, flags)).toEqual({ evicted: true });
    expect(await checkStorageHealth(evicted, flags)).toEqual({ evicted: true });
    await dismissEvictionNotice(flags);
    expect(await checkStorageHealth(evicted, flags)).toEqual({ evicted: false });
    expect(flags.values.get(EVICTION_NOTICE_FLAG)).toBe(false);
  });
});
