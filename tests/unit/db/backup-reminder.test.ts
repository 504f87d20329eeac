import { afterEach, describe, expect, it } from 'vitest';
import {
  backupDue,
  countCommentsSince,
  DEFAULT_REMINDER_EVERY,
  LAST_BACKUP_FLAG,
  REMINDER_EVERY_FLAG,
  readReminderSettings,
  recordBackup,
  setReminderEvery,
} from '../../../utils/db/backup-reminder.ts';
import { applyImport } from '../../../utils/db/import.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import { colleague, memoryFlags } from '../../fixtures/sharing/database.ts';
import { deleteOpened, freshDb } from '../../harness/fresh-db.ts';

afterEach(deleteOpened);

/** The colleague's three comments, created on 11, 12 and 13 November; the third deleted. */
async function dbWithComments() {
  const db = freshDb();
  const file = colleague();
  const [, , third] = file.annotations as [Annotation, Annotation, Annotation];
  file.annotations[2] = { ...third, deleted: true };
  await applyImport(db, file);
  return db;
}

describe('the backup reminder', () => {
  it('starts with no backup and N = 50', async () => {
    expect(await readReminderSettings(memoryFlags())).toEqual({
      lastBackupAt: undefined,
      every: DEFAULT_REMINDER_EVERY,
    });
    expect(DEFAULT_REMINDER_EVERY).toBe(50);
  });

  it('ignores stored values that are not a date or a whole number in range', async () => {
    const flags = memoryFlags({ [LAST_BACKUP_FLAG]: 'yesterday', [REMINDER_EVERY_FLAG]: 2.5 });
    expect(await readReminderSettings(flags)).toEqual({ lastBackupAt: undefined, every: 50 });
  });

  it('keeps the user’s N and refuses one out of range', async () => {
    const flags = memoryFlags();
    await setReminderEvery(flags, 10);
    expect((await readReminderSettings(flags)).every).toBe(10);
    await expect(setReminderEvery(flags, 0)).rejects.toThrow(RangeError);
    await expect(setReminderEvery(flags, 1.5)).rejects.toThrow(RangeError);
    expect((await readReminderSettings(flags)).every).toBe(10);
  });

  it('notes the latest backup; restoring an older one does not move the date back', async () => {
    const flags = memoryFlags();
    await recordBackup(flags, '2026-11-20T10:00:00.000Z');
    await recordBackup(flags, '2026-11-01T10:00:00.000Z');
    expect((await readReminderSettings(flags)).lastBackupAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it('counts live comments created since the last backup, all of them without one', async () => {
    const db = await dbWithComments();
    expect(await countCommentsSince(db, undefined)).toBe(2);
    expect(await countCommentsSince(db, '2026-11-11T12:00:00.000Z')).toBe(1);
    expect(await countCommentsSince(db, '2026-11-30T00:00:00.000Z')).toBe(0);
  });

  it('is due once N new comments were written since the backup', () => {
    const settings = { lastBackupAt: '2026-11-20T10:00:00.000Z', every: 2 };
    expect(backupDue(1, settings)).toBe(false);
    expect(backupDue(2, settings)).toBe(true);
  });
});
