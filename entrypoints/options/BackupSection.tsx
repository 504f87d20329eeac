import { useEffect, useRef, useState } from 'react';
import {
  type BackupCounts,
  countHeldData,
  countRows,
  exportBackup,
  holdsWork,
  previewMerge,
  type RedlineBackup,
  type RestoreMode,
  type RestoreOutcome,
  readBackup,
} from '../../utils/db/backup.ts';
import {
  REMINDER_EVERY_RANGE,
  recordBackup,
  setReminderEvery,
} from '../../utils/db/backup-reminder.ts';
import type { ImportReport } from '../../utils/db/import.ts';
import { getDb } from '../../utils/db/index.ts';
import { restoreCheckedBackup } from '../../utils/db/page-writes.ts';
import { browserFlags } from '../../utils/db/storage-health.ts';
import { saveFile } from '../../utils/sharing/save-file.ts';
import { useReminderSettings } from '../../utils/sharing/use-reminder-settings.ts';

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const held = (counts: BackupCounts) =>
  `${count(counts.annotations, 'comment', 'comments')}, ${count(counts.documents, 'document', 'documents')}, ${count(counts.sets, 'set', 'sets')}, ${count(counts.drafts, 'unsent draft', 'unsent drafts')}`;
const when = (instant: string) => new Date(instant).toLocaleString();

/** Every text this section shows, in one place for translation. */
const TEXT = {
  heading: 'Backup and restore',
  storage: (persisted: boolean | undefined) =>
    `Storage: ${
      persisted === undefined
        ? 'checking…'
        : persisted
          ? 'persistent — the browser will not clear it to free space.'
          : 'not persistent — the browser may clear it when disk space runs low. Back up often.'
    }`,
  lastBackup: (at: string | undefined) =>
    at === undefined ? 'No backup made yet.' : `Last backup: ${when(at)}.`,
  download: 'Download a backup',
  saved: (fileName: string) => `Saved ${fileName} to your downloads. Keep it somewhere safe.`,
  backupFailed: (error: unknown) =>
    `Backup failed: ${String(error)}. Try again; if it fails again, restart the browser.`,
  reminderEvery: 'Suggest a backup in the workbench after this many new comments',
  reminderSaved: (every: number) => `The workbench suggests a backup after ${every} new comments.`,
  reminderRefused: `Not saved: give a whole number from ${REMINDER_EVERY_RANGE.min} to ${REMINDER_EVERY_RANGE.max}.`,
  restorePicker: 'Restore from a backup file',
  reading: (fileName: string) => `Reading ${fileName}…`,
  refused: (fileName: string) => `${fileName} was not restored; your data is unchanged.`,
  refusedList: 'Why the backup was refused',
  dialogTitle: 'Restore a backup',
  backupHolds: (fileName: string, backup: RedlineBackup) =>
    `${fileName}, made ${when(backup.exportedAt)}, holds ${held(countRows(backup.tables))}.`,
  nowHeld: (counts: BackupCounts) => `Redline holds now ${held(counts)}.`,
  replaceExplained:
    'Replace: everything Redline holds now — comments, sets, documents, drafts, profile — is deleted and the backup takes its place.',
  mergeExplained: (report: ImportReport) =>
    `Merge: the backup is added to what is here by the rules of an import — ${count(report.counts.new, 'new comment', 'new comments')}, ${count(report.counts.updated, 'newer edit', 'newer edits')} taking the place of older ones, ${count(report.counts.conflicts, 'comment', 'comments')} edited on both sides kept in both versions; nothing newer is overwritten and your profile stays.`,
  emptyExplained: 'Redline holds no comments yet: the backup is restored as it is.',
  unchangedOnFailure: 'If anything fails, nothing changes.',
  replace: 'Replace everything with the backup',
  merge: 'Merge the backup into your data',
  restore: 'Restore the backup',
  cancel: 'Cancel',
  restoring: (fileName: string) => `Restoring ${fileName}…`,
  restored: (fileName: string, outcome: RestoreOutcome, seconds: string) =>
    outcome.mode === 'replace'
      ? `Restored ${fileName}: ${outcome.counts.annotations} annotations, ${outcome.counts.sets} sets, ${outcome.counts.documents} documents (${seconds} s).`
      : `Merged ${fileName}: ${outcome.report.counts.new} new, ${outcome.report.counts.updated} updated, ${outcome.report.counts.conflicts} in conflict (both versions kept) (${seconds} s).`,
  restoreFailed: (error: unknown) => `Restore failed, your data is unchanged: ${String(error)}.`,
};

interface PendingRestore {
  fileName: string;
  backup: RedlineBackup;
  held: BackupCounts;
  merge: ImportReport | undefined;
}

/**
 * Whole-database backup to a file, and restore from one. A file is read and checked first; a
 * good one is restored after the user chose, knowing what each choice does, all or nothing.
 */
export function BackupSection({
  persisted,
  onRestored,
}: {
  persisted: boolean | undefined;
  onRestored: () => void;
}) {
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<PendingRestore>();
  const settings = useReminderSettings();
  const [every, setEvery] = useState('');
  const [reminderStatus, setReminderStatus] = useState('');
  const confirm = useRef<HTMLDialogElement>(null);

  const storedEvery = settings?.every;
  useEffect(() => {
    if (storedEvery !== undefined) setEvery(String(storedEvery));
  }, [storedEvery]);

  async function backup() {
    try {
      const now = new Date();
      const fileName = `redline-backup-${now.toISOString().slice(0, 10)}.json`;
      await saveFile({
        fileName,
        mimeType: 'application/json',
        data: await exportBackup(getDb(), now),
      });
      await recordBackup(browserFlags, now.toISOString());
      setStatus(TEXT.saved(fileName));
    } catch (error) {
      setStatus(TEXT.backupFailed(error));
    }
  }

  async function saveEvery() {
    try {
      await setReminderEvery(browserFlags, Number(every));
      setReminderStatus(TEXT.reminderSaved(Number(every)));
    } catch {
      setReminderStatus(TEXT.reminderRefused);
    }
  }

  async function read(file: File) {
    setErrors([]);
    setStatus(TEXT.reading(file.name));
    const read = readBackup(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) {
      setErrors(read.errors);
      setStatus(TEXT.refused(file.name));
      return;
    }
    const db = getDb();
    const counts = await countHeldData(db);
    const merge = holdsWork(counts) ? await previewMerge(db, read.value) : undefined;
    setPending({ fileName: file.name, backup: read.value, held: counts, merge });
    setStatus('');
    confirm.current?.showModal();
  }

  async function restore(mode: RestoreMode) {
    confirm.current?.close();
    if (!pending) return;
    const { fileName, backup } = pending;
    setPending(undefined);
    setStatus(TEXT.restoring(fileName));
    try {
      const started = performance.now();
      const outcome = await restoreCheckedBackup(getDb(), backup, mode);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      // The data now is at least as recent as the backup: it counts as backed up then.
      await recordBackup(browserFlags, backup.exportedAt);
      setStatus(TEXT.restored(fileName, outcome, seconds));
      onRestored();
    } catch (error) {
      setStatus(TEXT.restoreFailed(error));
    }
  }

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{TEXT.heading}</h2>
      <p>{TEXT.storage(persisted)}</p>
      {settings ? <p>{TEXT.lastBackup(settings.lastBackupAt)}</p> : null}
      <button type="button" onClick={() => void backup()}>
        {TEXT.download}
      </button>
      <form
        aria-label={TEXT.reminderEvery}
        onSubmit={(event) => {
          event.preventDefault();
          void saveEvery();
        }}
      >
        <p>
          <label>
            {TEXT.reminderEvery}{' '}
            <input
              type="number"
              min={REMINDER_EVERY_RANGE.min}
              max={REMINDER_EVERY_RANGE.max}
              step={1}
              value={every}
              onChange={(event) => setEvery(event.target.value)}
              onBlur={() => void saveEvery()}
            />
          </label>
        </p>
        <p role="status">{reminderStatus}</p>
      </form>
      <p>
        <label>
          {TEXT.restorePicker}
          <br />
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void read(file);
            }}
          />
        </label>
      </p>
      <dialog ref={confirm} aria-labelledby="restore-heading" onClose={() => setPending(undefined)}>
        <h3 id="restore-heading">{TEXT.dialogTitle}</h3>
        {pending ? (
          <>
            <p>{TEXT.backupHolds(pending.fileName, pending.backup)}</p>
            {pending.merge ? (
              <>
                <p>{TEXT.nowHeld(pending.held)}</p>
                <p>{TEXT.replaceExplained}</p>
                <p>{TEXT.mergeExplained(pending.merge)}</p>
              </>
            ) : (
              <p>{TEXT.emptyExplained}</p>
            )}
            <p>{TEXT.unchangedOnFailure}</p>
            {pending.merge ? (
              <>
                <button type="button" onClick={() => void restore('replace')}>
                  {TEXT.replace}
                </button>{' '}
                <button type="button" onClick={() => void restore('merge')}>
                  {TEXT.merge}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => void restore('replace')}>
                {TEXT.restore}
              </button>
            )}{' '}
          </>
        ) : null}
        <button type="button" onClick={() => confirm.current?.close()}>
          {TEXT.cancel}
        </button>
      </dialog>
      <p role="status">{status}</p>
      {errors.length > 0 ? (
        <ul aria-label={TEXT.refusedList} className="import-errors">
          {errors.map((error, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
            <li key={index}>{error}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
