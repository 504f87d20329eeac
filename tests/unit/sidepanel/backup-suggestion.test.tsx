// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupSuggestion } from '../../../entrypoints/sidepanel/BackupSuggestion.tsx';
import { LAST_BACKUP_FLAG, REMINDER_EVERY_FLAG } from '../../../utils/db/backup-reminder.ts';
import { applyImport } from '../../../utils/db/import.ts';
import { getDb } from '../../../utils/db/index.ts';
import { colleague } from '../../fixtures/sharing/database.ts';
import { reactRootPerTest } from '../react-root.ts';

const mounted = reactRootPerTest();

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(getDb().tables.map((table) => table.clear()));
});

const reminder = () => mounted.container.querySelector('[aria-label="Time for a backup"]');

async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ready(); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  expect(ready()).toBe(true);
}

describe('the workbench suggests a backup', () => {
  it('once N comments were written since the last backup, and not after a new backup', async () => {
    // The colleague's three comments were created on 11 to 13 November.
    await fakeBrowser.storage.local.set({
      [LAST_BACKUP_FLAG]: '2026-11-11T12:00:00.000Z',
      [REMINDER_EVERY_FLAG]: 3,
    });
    await applyImport(getDb(), colleague());
    mounted.render(<BackupSuggestion />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(reminder()).toBeNull();

    await act(() => fakeBrowser.storage.local.set({ [REMINDER_EVERY_FLAG]: 2 }));
    await until(() => reminder() !== null);
    expect(reminder()?.textContent).toMatch(/You have written 2 comments since your last backup/);

    await act(() =>
      fakeBrowser.storage.local.set({ [LAST_BACKUP_FLAG]: '2026-11-30T12:00:00.000Z' }),
    );
    await until(() => reminder() === null);
  });

  it('with no backup ever made, after N = 50 comments by default', async () => {
    const file = colleague();
    const [first] = file.annotations;
    file.annotations = Array.from({ length: 50 }, (_, i) => ({
      ...(first as (typeof file.annotations)[number]),
      id: `clf-${i}`,
    }));
    await applyImport(getDb(), file);
    mounted.render(<BackupSuggestion />);
    await until(() => reminder() !== null);
    expect(reminder()?.textContent).toMatch(/written 50 comments and never made a backup/);
  });
});
