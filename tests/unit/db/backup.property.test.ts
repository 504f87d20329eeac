import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, RedlineBackup, restoreBackupFile } from '../../../utils/db/backup.ts';
import { deleteOpened, dump, freshDb } from '../../harness/fresh-db.ts';
import { inEnglish } from '../../harness/problems.ts';
import { databaseState, writeState } from './backup-arbitraries.ts';

afterEach(deleteOpened);

describe('every backup Redline writes restores', () => {
  it('backup, then restore into an empty database, gives the same database', async () => {
    const run = await fc.check(
      fc.asyncProperty(databaseState, async (state) => {
        const source = freshDb();
        await writeState(source, state);
        const written = await dump(source);
        // Each row is one its table's write path accepts: the state is one Redline can hold.
        const backup = await exportBackup(source);
        expect(RedlineBackup.safeParse(JSON.parse(backup)).error).toBeUndefined();

        // As the options page saves it: a Blob encodes the text as UTF-8.
        const file = new TextEncoder().encode(backup);
        expect(file.byteLength).toBeGreaterThanOrEqual(2 * 1024 * 1024);
        const target = freshDb();
        const restored = await restoreBackupFile(target, file, 'replace');
        expect(restored.ok ? [] : inEnglish(restored.errors)).toEqual([]);
        expect(await dump(target)).toEqual(written);
        await deleteOpened();
      }),
      { numRuns: 12 },
    );
    // The failing state holds megabytes of text: report the error and the seed, not the value.
    const failure = run.failed
      ? `seed ${run.seed}, path ${run.counterexamplePath}: ${String(run.errorInstance).slice(0, 3_000)}`
      : undefined;
    expect(failure).toBeUndefined();
    // Twelve states of several MB each through fake-indexeddb: slow, not a timing.
  }, 300_000);
});
