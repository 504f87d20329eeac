import { afterEach, describe, expect, it } from 'vitest';
import {
  checkSentinel,
  exportBackup,
  type FlagStore,
  INITIALISED_FLAG,
  restoreBackup,
} from '../../../utils/db/backup.ts';
import { applyImport } from '../../../utils/db/import.ts';
import { loadProfile } from '../../../utils/db/profile.ts';
import type { RedlineDb } from '../../../utils/db/schema.ts';
import { colleague } from '../../fixtures/sharing/database.ts';
import { deleteOpened, dump, freshDb } from '../../harness/fresh-db.ts';

afterEach(deleteOpened);

async function filledDb(): Promise<RedlineDb> {
  const db = freshDb();
  await applyImport(db, colleague());
  const file = colleague();
  const [first] = file.annotations;
  if (first)
    file.annotations = [{ ...first, comment: 'Later.', updatedAt: '2026-12-01T00:00:00.000Z' }];
  await applyImport(db, file);
  await loadProfile(db);
  await checkSentinel(db, memoryFlags());
  return db;
}

function memoryFlags(
  initial: Record<string, unknown> = {},
): FlagStore & { values: Record<string, unknown> } {
  const values = { ...initial };
  return {
    values,
    get: async (key) => values[key],
    set: async (key, value) => {
      values[key] = value;
    },
  };
}

describe('backup and restore', () => {
  it('restores every table of a backup into an empty database exactly', async () => {
    const source = await filledDb();
    const text = await exportBackup(source);
    expect(JSON.parse(text)).toMatchObject({ format: 'redline.backup', version: 1 });
    const target = freshDb();
    const result = await restoreBackup(target, text);
    expect(result).toMatchObject({
      ok: true,
      value: { annotations: 3, superseded: 1, profile: 1, meta: 1 },
    });
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('replaces what was there rather than mixing with it', async () => {
    const backup = await exportBackup(freshDb());
    const db = await filledDb();
    await restoreBackup(db, backup);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.meta.get('sentinel')).toBeDefined();
  });

  it('refuses an invalid backup with every reason and touches nothing', async () => {
    const db = await filledDb();
    const before = await dump(db);
    const backup = JSON.parse(await exportBackup(db));
    backup.tables.annotations[1].updatedAt = 'soon';
    backup.tables.sets[0].colour = 'red';
    const result = await restoreBackup(db, JSON.stringify(backup));
    expect(result).toEqual({
      ok: false,
      errors: [
        'tables.annotations[1] (id "clf-untoc-2"): updatedAt: Invalid ISO datetime',
        'tables.sets[0] (id "c1d2e3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f"): colour: Invalid string: must match pattern /^#[0-9a-f]{6}$/i',
      ],
    });
    expect(await dump(db)).toEqual(before);
  });

  it('asks for an update on a later backup version', async () => {
    const result = await restoreBackup(freshDb(), '{"format":"redline.backup","version":2}');
    expect(result).toEqual({
      ok: false,
      errors: [
        'this file is a Redline backup of version 2; this Redline reads version 1 — update Redline',
      ],
    });
  });

  it('leaves the database as it was when the restore fails midway', async () => {
    const db = await filledDb();
    const backup = await exportBackup(db);
    const before = await dump(db);
    db.drafts.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    const withDraft = JSON.parse(backup);
    const [annotation] = withDraft.tables.annotations;
    withDraft.tables.drafts = [
      {
        key: 'draft-1',
        documentKey: annotation.documentKey,
        target: annotation.target,
        provision: annotation.provision,
        fields: { comment: 'unsent', rationale: '', tags: [] },
        updatedAt: '2026-12-02T00:00:00.000Z',
      },
    ];
    await expect(restoreBackup(db, JSON.stringify(withDraft))).rejects.toThrow('quota exceeded');
    expect(await dump(db)).toEqual(before);
  });
});

describe('the eviction sentinel', () => {
  it('says first-run once, then ok', async () => {
    const db = freshDb();
    const flags = memoryFlags();
    expect(await checkSentinel(db, flags)).toBe('first-run');
    expect(flags.values[INITIALISED_FLAG]).toBe(true);
    expect(await checkSentinel(db, flags)).toBe('ok');
  });

  it('says evicted when the flag survives but the database is gone, then ok', async () => {
    const flags = memoryFlags();
    const before = freshDb();
    await checkSentinel(before, flags);
    await before.delete();
    const after = freshDb();
    expect(await checkSentinel(after, flags)).toBe('evicted');
    expect(await checkSentinel(after, flags)).toBe('ok');
  });

  it('says ok and sets the flag again when only the flag was cleared', async () => {
    const db = freshDb();
    await checkSentinel(db, memoryFlags());
    const cleared = memoryFlags();
    expect(await checkSentinel(db, cleared)).toBe('ok');
    expect(cleared.values[INITIALISED_FLAG]).toBe(true);
  });
});
