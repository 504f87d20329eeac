import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { BackupReminder } from '../../components/BackupReminder.tsx';
import { backupDue, countCommentsSince } from '../../utils/db/backup-reminder.ts';
import { getDb } from '../../utils/db/index.ts';
import { useReminderSettings } from '../../utils/sharing/use-reminder-settings.ts';

/** The workbench's backup reminder: follows new comments live, and backups made in Options. */
export function BackupSuggestion() {
  const settings = useReminderSettings();
  const newComments = useLiveQuery(
    () => (settings ? countCommentsSince(getDb(), settings.lastBackupAt) : undefined),
    [settings],
  );
  if (!settings || newComments === undefined || !backupDue(newComments, settings)) return null;
  return (
    <BackupReminder
      newComments={newComments}
      lastBackupAt={settings.lastBackupAt}
      onBackUp={() => void browser.runtime.openOptionsPage()}
    />
  );
}
