import type { FlagStore } from './backup.ts';
import type { RedlineDb } from './schema.ts';

/** Kept in `storage.local` beside the eviction flags: they must outlive the database. */
export const LAST_BACKUP_FLAG = 'redline.lastBackupAt';
export const REMINDER_EVERY_FLAG = 'redline.backupReminderEvery';
export const DEFAULT_REMINDER_EVERY = 50;
/** Bounds for the user's choice of N; beyond them a reminder would never or always show. */
export const REMINDER_EVERY_RANGE = { min: 1, max: 10_000 } as const;

export interface BackupReminderSettings {
  /** When the last backup was downloaded (ISO 8601); undefined when there never was one. */
  lastBackupAt: string | undefined;
  /** Suggest a backup once this many comments were written since the last one. */
  every: number;
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function isReminderEvery(value: unknown): value is number {
  return (
    Number.isInteger(value) &&
    (value as number) >= REMINDER_EVERY_RANGE.min &&
    (value as number) <= REMINDER_EVERY_RANGE.max
  );
}

export async function readReminderSettings(flags: FlagStore): Promise<BackupReminderSettings> {
  const [lastBackupAt, every] = await Promise.all([
    flags.get(LAST_BACKUP_FLAG),
    flags.get(REMINDER_EVERY_FLAG),
  ]);
  return {
    lastBackupAt: isInstant(lastBackupAt) ? lastBackupAt : undefined,
    every: isReminderEvery(every) ? every : DEFAULT_REMINDER_EVERY,
  };
}

/** Notes a backup made (or restored) at `at`; an older one never moves the date back. */
export async function recordBackup(flags: FlagStore, at: string): Promise<void> {
  const last = await flags.get(LAST_BACKUP_FLAG);
  if (isInstant(last) && Date.parse(last) >= Date.parse(at)) return;
  await flags.set(LAST_BACKUP_FLAG, at);
}

/** Stores the user's N; refuses what is not a whole number in range. */
export async function setReminderEvery(flags: FlagStore, every: number): Promise<void> {
  if (!isReminderEvery(every)) {
    throw new RangeError(
      `a whole number from ${REMINDER_EVERY_RANGE.min} to ${REMINDER_EVERY_RANGE.max}`,
    );
  }
  await flags.set(REMINDER_EVERY_FLAG, every);
}

/** Comments (not tombstones) created after `since`; all of them when there was no backup. */
export async function countCommentsSince(
  db: RedlineDb,
  since: string | undefined,
): Promise<number> {
  const after = since === undefined ? Number.NEGATIVE_INFINITY : Date.parse(since);
  return db.annotations
    .filter(
      (annotation) =>
        !annotation.deleted &&
        annotation.createdAt !== undefined &&
        Date.parse(annotation.createdAt) > after,
    )
    .count();
}

/** Whether the workbench should suggest a backup. */
export function backupDue(newComments: number, settings: BackupReminderSettings): boolean {
  return newComments >= settings.every;
}
