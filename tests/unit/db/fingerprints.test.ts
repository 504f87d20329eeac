import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { FINGERPRINT, storedFingerprints, WRITTEN_AT } from '../../../utils/db/fingerprints.ts';
import { openRedlineDb, STORES_V2 } from '../../../utils/db/schema.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import { contentFingerprint } from '../../../utils/formats/fingerprint.ts';
import { colleague } from '../../fixtures/sharing/database.ts';
import { deleteAfterTest, deleteOpened, freshDb } from '../../harness/fresh-db.ts';

afterEach(deleteOpened);

/** The rows as IndexedDB holds them, read without Dexie. */
function rawAnnotations(name: string): Promise<Array<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('annotations').objectStore('annotations').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve(all.result);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

describe('annotation fingerprints and write instants in the database', () => {
  it('are stored beside each annotation and never read back by Redline', async () => {
    const db = freshDb();
    const annotations = colleague().annotations;
    await db.annotations.bulkPut(annotations);
    const [first] = annotations as [Annotation];
    await db.annotations.put({ ...first, comment: 'Edited.' });

    const raw = await rawAnnotations(db.name);
    expect(raw).toHaveLength(annotations.length);
    for (const row of raw) {
      const { [FINGERPRINT]: fingerprint, [WRITTEN_AT]: writtenAt, ...content } = row;
      expect(fingerprint).toBe(contentFingerprint(content));
      expect(Date.parse(String(writtenAt))).toBeGreaterThan(Date.now() - 60_000);
    }
    const edited = { ...first, comment: 'Edited.' };
    // Every way of reading: by key, by keys, by range, by index, by cursor, and after modify.
    expect(await db.annotations.get(first.id)).toEqual(edited);
    expect(await db.annotations.bulkGet([first.id])).toEqual([edited]);
    expect(await db.annotations.toArray()).toEqual([edited, ...annotations.slice(1)]);
    expect(await db.annotations.where('setId').equals(first.setId).first()).toEqual(edited);
    const seen: Annotation[] = [];
    await db.annotations.each((annotation) => {
      seen.push(annotation);
    });
    expect(
      seen.every((annotation) => !(FINGERPRINT in annotation || WRITTEN_AT in annotation)),
    ).toBe(true);
    await db.annotations.where('id').equals(first.id).modify({ comment: 'Modified.' });
    expect(await db.annotations.get(first.id)).toEqual({ ...first, comment: 'Modified.' });
    const modified = (await rawAnnotations(db.name)).find((row) => row.id === first.id);
    expect(modified?.[FINGERPRINT]).toBe(contentFingerprint({ ...first, comment: 'Modified.' }));
  });

  it('are read as index keys for the ids asked, and missing for rows stored before them', async () => {
    const db = freshDb();
    const [a, b, c] = colleague().annotations as [Annotation, Annotation, Annotation];
    await db.annotations.bulkPut([a, b]);
    const found = await storedFingerprints(db, [a.id, c.id]);
    expect(found).toEqual(new Map([[a.id, contentFingerprint(a)]]));

    // A database written by version 2, before fingerprints: its rows are not in the index.
    const name = `redline-v2-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(2).stores(STORES_V2);
    await old.table('annotations').bulkPut([a, b]);
    old.close();
    const upgraded = deleteAfterTest(openRedlineDb(name));
    expect(await storedFingerprints(upgraded, [a.id, b.id])).toEqual(new Map());
    expect(await upgraded.annotations.get(a.id)).toEqual(a);
  });
});
