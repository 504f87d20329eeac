import { useTranslator } from '../utils/i18n/use-translator.ts';

/** Suggests a backup once enough comments were written since the last one. */
export function BackupReminder({
  newComments,
  lastBackupAt,
  onBackUp,
}: {
  newComments: number;
  lastBackupAt: string | undefined;
  onBackUp: () => void;
}) {
  const { t, formatDate } = useTranslator();
  const since =
    lastBackupAt === undefined
      ? t('backupReminder.never', { count: newComments })
      : t('backupReminder.since', {
          count: newComments,
          at: formatDate(lastBackupAt, 'dateTime'),
        });
  return (
    <section className="backup-reminder" role="status" aria-label={t('backupReminder.label')}>
      <p>
        {since} {t('backupReminder.why')}
      </p>
      <button type="button" onClick={onBackUp}>
        {t('backupReminder.action')}
      </button>
    </section>
  );
}
