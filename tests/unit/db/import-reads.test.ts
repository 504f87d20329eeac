import { afterEach, describe, expect, it } from 'vitest';
import { applyImport } from '../../../utils/db/import.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import { colleague } from '../../fixtures/sharing/database.ts';
import { deleteOpened, dump, freshDb } from '../../harness/fresh-db.ts';

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
