import { useEffect, useRef, useState } from 'react';
import { NoticeText, ProblemText } from '../../components/TechnicalDetail.tsx';
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
import type { Problem } from '../../utils/formats/import/problem.ts';
import { failureNotice, type Notice } from '../../utils/i18n/notice.ts';
import type { Translator } from '../../utils/i18n/translate.ts';
import { useTranslator } from '../../utils/i18n/use-translator.ts';
import { saveFile } from '../../utils/sharing/save-file.ts';
import { useReminderSettings } from '../../utils/sharing/use-reminder-settings.ts';

/** "3 comments, 2 documents, 1 set, 0 unsent drafts" in the UI language. */
const held = ({ t }: Translator, counts: BackupCounts) =>
  t('backup.contents', {
    comments: counts.annotations,
    documents: counts.documents,
    sets: counts.sets,
    drafts: counts.drafts,
  });

function storageText({ t }: Translator, persisted: boolean | undefined): string {
  if (persisted === undefined) return t('backup.storageChecking');
  return t(persisted ? 'backup.storagePersistent' : 'backup.storageNotPersistent');
}

function restoredText(
  { t }: Translator,
  fileName: string,
  outcome: RestoreOutcome,
  seconds: number,
) {
  if (outcome.mode === 'replace')
    return t('backup.restoredReplace', { fileName, seconds, ...outcome.counts });
  const { counts } = outcome.report;
  return t('backup.restoredMerge', {
    fileName,
    seconds,
    new: counts.new,
    updated: counts.updated,
    conflicts: counts.conflicts,
  });
}

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
  const translator = useTranslator();
  const { t } = translator;
  const [status, setStatus] = useState<Notice>({ text: '' });
  const [errors, setErrors] = useState<Problem[]>([]);
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
      setStatus({ text: t('backup.saved', { fileName }) });
    } catch (error) {
      setStatus(failureNotice(t('backup.failed'), error));
    }
  }

  async function saveEvery() {
    try {
      await setReminderEvery(browserFlags, Number(every));
      setReminderStatus(t('backup.reminderSaved', { every: Number(every) }));
    } catch {
      setReminderStatus(t('backup.reminderRefused', REMINDER_EVERY_RANGE));
    }
  }

  async function read(file: File) {
    setErrors([]);
    setStatus({ text: t('backup.reading', { fileName: file.name }) });
    const read = readBackup(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) {
      setErrors(read.errors);
      setStatus({ text: t('backup.refused', { fileName: file.name }) });
      return;
    }
    const db = getDb();
    const counts = await countHeldData(db);
    const merge = holdsWork(counts) ? await previewMerge(db, read.value) : undefined;
    setPending({ fileName: file.name, backup: read.value, held: counts, merge });
    setStatus({ text: '' });
    confirm.current?.showModal();
  }

  async function restore(mode: RestoreMode) {
    confirm.current?.close();
    if (!pending) return;
    const { fileName, backup } = pending;
    setPending(undefined);
    setStatus({ text: t('backup.restoring', { fileName }) });
    try {
      const started = performance.now();
      const outcome = await restoreCheckedBackup(getDb(), backup, mode);
      const seconds = (performance.now() - started) / 1000;
      // The data now is at least as recent as the backup: it counts as backed up then.
      await recordBackup(browserFlags, backup.exportedAt);
      setStatus({ text: restoredText(translator, fileName, outcome, seconds) });
      onRestored();
    } catch (error) {
      setStatus(failureNotice(t('backup.restoreFailed'), error));
    }
  }

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.heading')}</h2>
      <p>{storageText(translator, persisted)}</p>
      {settings ? (
        <p>
          {settings.lastBackupAt === undefined
            ? t('backup.none')
            : t('backup.last', { at: translator.formatDate(settings.lastBackupAt, 'dateTime') })}
        </p>
      ) : null}
      <button type="button" onClick={() => void backup()}>
        {t('backup.download')}
      </button>
      <form
        aria-label={t('backup.reminderEvery')}
        onSubmit={(event) => {
          event.preventDefault();
          void saveEvery();
        }}
      >
        <p>
          <label>
            {t('backup.reminderEvery')}{' '}
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
          {t('backup.restorePicker')}
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
        <h3 id="restore-heading">{t('backup.dialogTitle')}</h3>
        {pending ? (
          <>
            <p>
              {t('backup.holds', {
                fileName: pending.fileName,
                madeAt: translator.formatDate(pending.backup.exportedAt, 'dateTime'),
                contents: held(translator, countRows(pending.backup.tables)),
              })}
            </p>
            {pending.merge ? (
              <>
                <p>{t('backup.nowHeld', { contents: held(translator, pending.held) })}</p>
                <p>{t('backup.replaceExplained')}</p>
                <p>
                  {t('backup.mergeExplained', {
                    new: pending.merge.counts.new,
                    updated: pending.merge.counts.updated,
                    conflicts: pending.merge.counts.conflicts,
                  })}
                </p>
              </>
            ) : (
              <p>{t('backup.emptyExplained')}</p>
            )}
            <p>{t('backup.unchangedOnFailure')}</p>
            {pending.merge ? (
              <>
                <button type="button" onClick={() => void restore('replace')}>
                  {t('backup.replace')}
                </button>{' '}
                <button type="button" onClick={() => void restore('merge')}>
                  {t('backup.merge')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => void restore('replace')}>
                {t('backup.restore')}
              </button>
            )}{' '}
          </>
        ) : null}
        <button type="button" onClick={() => confirm.current?.close()}>
          {t('common.cancel')}
        </button>
      </dialog>
      <p role="status">
        <NoticeText notice={status} />
      </p>
      {errors.length > 0 ? (
        <ul aria-label={t('backup.refusedList')} className="import-errors">
          {errors.map((error, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
            <li key={index} dir="auto">
              <ProblemText problem={error} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
