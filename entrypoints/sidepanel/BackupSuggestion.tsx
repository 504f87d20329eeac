import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { BackupReminder } from '../../components/BackupReminder.tsx';
import {
  type BackupReminderSettings,
  backupDue,
  countCommentsSince,
  LAST_BACKUP_FLAG,
  REMINDER_EVERY_FLAG,
  readReminderSettings,
} from '../../utils/db/backup-reminder.ts';
import { getDb } from '../../utils/db/index.ts';
import { browserFlags } from '../../utils/db/storage-health.ts';

/** The workbench's backup reminder: follows new comments live, and backups made in Options. */
export function BackupSuggestion() {
  const [settings, setSettings] = useState<BackupReminderSettings>();
  useEffect(() => {
    const load = () => void readReminderSettings(browserFlags).then(setSettings);
    const changed = (changes: Record<string, unknown>) => {
      if (LAST_BACKUP_FLAG in changes || REMINDER_EVERY_FLAG in changes) load();
    };
    load();
    browser.storage.local.onChanged.addListener(changed);
    return () => browser.storage.local.onChanged.removeListener(changed);
  }, []);
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
