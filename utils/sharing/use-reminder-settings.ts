import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  type BackupReminderSettings,
  LAST_BACKUP_FLAG,
  REMINDER_EVERY_FLAG,
  readReminderSettings,
} from '../db/backup-reminder.ts';
import { browserFlags } from '../db/storage-health.ts';

/** The backup reminder's settings, kept current when a backup is made or N changes anywhere. */
export function useReminderSettings(): BackupReminderSettings | undefined {
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
  return settings;
}
