import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyImport,
  IMPORT_BATCH,
  type ImportProgress,
  importSharedFile,
  previewImport,
} from '../../../utils/db/import.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import { buildSetFile } from '../../../utils/formats/set-export.ts';
import { colleague, FIXTURES } from '../../fixtures/sharing/database.ts';
import { deleteOpened, dump, freshDb } from '../../harness/fresh-db.ts';
import { inEnglish, refusedInEnglish } from '../../harness/problems.ts';

afterEach(deleteOpened);

const LATER = '2026-12-01T00:00:00.000Z';

function edited(annotation: Annotation | undefined, changes: Partial<Annotation>): Annotation {
  if (!annotation) throw new Error('fixture annotation missing');
  return { ...annotation, ...changes };
}

describe('importing a set file into the database', () => {
  it('previews what it would do without writing anything', async () => {
    const db = freshDb();
    const before = await dump(db);
    const report = await previewImport(db, colleague());
    expect(report.counts).toEqual({
      new: 3,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      olderIgnored: 0,
      tombstones: 0,
      collisions: 0,
      newDocuments: 1,
    });
    expect(await dump(db)).toEqual(before);
  });

  it('stores the set as an imported, visible layer with the file’s colour', async () => {
    const db = freshDb();
    await applyImport(db, colleague());
    expect(await db.annotations.count()).toBe(3);
    const [set] = await db.sets.toArray();
    expect(set).toMatchObject({ origin: 'imported', visible: true, colour: '#e57373' });
    expect(await db.documents.get('A/RES/55/25|en')).toMatchObject({
      symbol: 'A/RES/55/25',
      kind: 'html',
      versions: ['9c1e4b7a20d3f5e8'],
    });
  });

  it('changes nothing when the same file comes twice', async () => {
    const db = freshDb();
    await applyImport(db, colleague());
    const once = await dump(db);
    const again = await applyImport(db, colleague());
    expect(await dump(db)).toEqual(once);
    expect(again.counts).toMatchObject({ new: 0, unchanged: 3, newDocuments: 0 });
  });

  it('takes newer edits, ignores older ones and keeps what was replaced', async () => {
    const db = freshDb();
    await applyImport(db, colleague());
    const file = colleague();
    file.annotations[0] = edited(file.annotations[0], { comment: 'Revised.', updatedAt: LATER });
    file.annotations[1] = edited(file.annotations[1], {
      comment: 'An older draft.',
      updatedAt: '2020-01-01T00:00:00.000Z',
    });
    const report = await applyImport(db, file);
    expect(report.counts).toMatchObject({ updated: 1, olderIgnored: 1, unchanged: 1 });
    expect((await db.annotations.get('clf-untoc-1'))?.comment).toBe('Revised.');
    expect((await db.annotations.get('clf-untoc-2'))?.comment).toMatch(/^Inference of intent/);
    const superseded = await db.superseded.toArray();
    expect(superseded.map((row) => [row.annotationId, row.reason])).toEqual([
      ['clf-untoc-1', 'older-edit'],
    ]);
  });

  it('keeps both sides of a conflict, and a second import of it changes nothing', async () => {
    const db = freshDb();
    await applyImport(db, colleague());
    const file = colleague();
    const original = file.annotations[2];
    file.annotations[2] = edited(original, { comment: 'A different comment, same instant.' });
    const report = await applyImport(db, file);
    expect(report.counts.conflicts).toBe(1);
    const rows = await db.superseded.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.reason).toBe('concurrent-edit');
    const kept = [rows[0]?.annotation.comment, (await db.annotations.get('clf-untoc-3'))?.comment];
    expect(kept.sort()).toEqual([original?.comment, 'A different comment, same instant.'].sort());
    const settled = await dump(db);
    const second = await applyImport(db, file);
    expect(await dump(db)).toEqual(settled);
    expect(second.counts.conflicts).toBe(0);
  });

  it('deletes by tombstone and keeps the deleted version', async () => {
    const db = freshDb();
    await applyImport(db, colleague());
    const file = colleague();
    file.annotations[0] = edited(file.annotations[0], { deleted: true, updatedAt: LATER });
    const report = await applyImport(db, file);
    expect(report.counts.tombstones).toBe(1);
    expect((await db.annotations.get('clf-untoc-1'))?.deleted).toBe(true);
    expect((await db.superseded.toArray()).map((row) => row.reason)).toEqual(['deleted']);
  });

  it('refuses an id that is another document’s annotation, and touches it not', async () => {
    const db = freshDb();
    await applyImport(db, colleague());
    const file = colleague();
    file.documents.push({ key: 'A/AC.291/22|en', versions: [] });
    file.annotations[0] = edited(file.annotations[0], {
      documentKey: 'A/AC.291/22|en',
      updatedAt: LATER,
    });
    const stored = await db.annotations.get('clf-untoc-1');
    const report = await applyImport(db, file);
    expect(report.collisions.map((c) => c.refused.id)).toEqual(['clf-untoc-1']);
    expect(await db.annotations.get('clf-untoc-1')).toEqual(stored);
  });

  it('writes nothing at all when a write fails midway', async () => {
    const db = freshDb();
    const before = await dump(db);
    db.documents.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(applyImport(db, colleague())).rejects.toThrow('disk full');
    expect(await dump(db)).toEqual(before);
  });

  it('writes a large file in batches, saying after each how many are written, and still all or nothing', async () => {
    const file = colleague();
    const [model] = file.annotations;
    if (!model) throw new Error('fixture annotation missing');
    const count = IMPORT_BATCH + 1;
    const large = {
      ...file,
      annotations: Array.from({ length: count }, (_, i) => ({ ...model, id: `bulk-${i}` })),
    };
    const db = freshDb();
    const progress: ImportProgress[] = [];
    await applyImport(db, large, new Date(LATER), (step) => progress.push(step));
    expect(progress).toEqual([
      { written: IMPORT_BATCH, total: count },
      { written: count, total: count },
    ]);
    expect(await db.annotations.count()).toBe(count);

    // A failure after the first batch is written leaves nothing of it.
    const failing = freshDb();
    const before = await dump(failing);
    failing.documents.hook('creating', () => {
      throw new Error('disk full');
    });
    const seen: number[] = [];
    await expect(
      applyImport(failing, large, new Date(LATER), (step) => seen.push(step.written)),
    ).rejects.toThrow('disk full');
    expect(seen).toEqual([IMPORT_BATCH, count]);
    expect(await dump(failing)).toEqual(before);
  }, 60_000);

  it('refuses a bad file whole, leaving the database identical', async () => {
    const db = freshDb();
    await applyImport(db, colleague());
    const before = await dump(db);
    const bad = colleague();
    bad.annotations[0] = edited(bad.annotations[0], { comment: 'new', updatedAt: LATER });
    (bad as unknown as Record<string, unknown>).sets = null;
    const result = await importSharedFile(db, JSON.stringify(bad));
    expect(refusedInEnglish(result)).toEqual(['sets: expected array, received null']);
    const truncated = JSON.stringify(colleague()).slice(0, -40);
    expect((await importSharedFile(db, truncated)).ok).toBe(false);
    expect(await dump(db)).toEqual(before);
  });

  it('imports the sound annotations of a file and names the one it skips', async () => {
    const db = freshDb();
    const file = colleague();
    file.annotations[0] = edited(file.annotations[0], { comment: 'new', updatedAt: LATER });
    (file.annotations[2] as unknown as Record<string, unknown>).author = null;
    const result = await importSharedFile(db, JSON.stringify(file));
    expect(result.ok && inEnglish(result.value.skipped)).toEqual([
      'annotations[2] (id "clf-untoc-3"): not imported (author: expected object, received null)',
    ]);
    expect(result.ok && result.value.counts.new).toBe(2);
    expect(await db.annotations.get('clf-untoc-3')).toBeUndefined();
  });

  it('keeps a colleague’s set apart from my own set of the same id', async () => {
    const db = freshDb();
    const file = colleague();
    const [theirs] = file.sets;
    if (!theirs) throw new Error('fixture set missing');
    await db.sets.put({
      ...theirs,
      name: 'My comments',
      owner: { author: 'Me' },
      origin: 'own',
      visible: true,
      createdAt: '2026-09-01T00:00:00.000Z',
    });
    const mine = await db.sets.get(theirs.id);
    await applyImport(db, file);
    expect(await db.sets.get(theirs.id)).toEqual(mine);
    const imported = await db.sets.where('origin').equals('imported').toArray();
    expect(imported.map((set) => set.id)).toEqual([
      expect.stringMatching(new RegExp(`^${theirs.id}~`)),
    ]);
    const setIds = (await db.annotations.toArray()).map((a) => a.setId);
    expect(new Set(setIds)).toEqual(new Set([imported[0]?.id]));
    await applyImport(db, file);
    expect(await db.sets.count()).toBe(2);
  });

  it('imports W3C and Hypothesis files idempotently', async () => {
    for (const name of ['untoc-w3c.jsonld', 'untoc-hypothesis.json']) {
      const db = freshDb();
      const text = readFileSync(path.join(FIXTURES, name));
      const first = await importSharedFile(db, text);
      expect(first.ok && first.value.counts.new).toBe(2);
      const once = await dump(db);
      await importSharedFile(db, text);
      expect(await dump(db)).toEqual(once);
    }
  });

  it('gives back the file it imported when the layer is exported', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray([0, 1, 2], { minLength: 1 }), async (picked) => {
        const db = freshDb();
        const file = colleague();
        file.annotations = picked.map((i) => file.annotations[i] as Annotation);
        await applyImport(db, file);
        const exported = buildSetFile(
          {
            sets: await db.sets.toArray(),
            documents: await db.documents.toArray(),
            annotations: await db.annotations.toArray(),
          },
          file.exportedAt,
        );
        expect(exported).toEqual(file);
      }),
      { numRuns: 7 },
    );
  });
});
