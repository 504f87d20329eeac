/** Every text the reminder shows, in one place for translation. */
const TEXT = {
  label: 'Time for a backup',
  since: (newComments: number, lastBackupAt: string | undefined) =>
    lastBackupAt === undefined
      ? `You have written ${newComments} comments and never made a backup.`
      : `You have written ${newComments} comments since your last backup (${new Date(lastBackupAt).toLocaleString()}).`,
  why: 'A backup file is what brings them back if the browser loses its data.',
  action: 'Back up in Options',
};

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
  return (
    <section className="backup-reminder" role="status" aria-label={TEXT.label}>
      <p>
        {TEXT.since(newComments, lastBackupAt)} {TEXT.why}
      </p>
      <button type="button" onClick={onBackUp}>
        {TEXT.action}
      </button>
    </section>
  );
}
