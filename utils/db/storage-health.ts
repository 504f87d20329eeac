import { browser } from 'wxt/browser';
import { checkSentinel, type FlagStore } from './backup.ts';
import type { RedlineDb } from './schema.ts';

/** The flags live in `storage.local`, outside IndexedDB, so an eviction does not take them. */
export const browserFlags: FlagStore = {
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (key, value) => browser.storage.local.set({ [key]: value }),
};

/**
 * `checkSentinel` says `evicted` only once; this flag keeps the warning up, on every page, until
 * the user restores a backup or dismisses it.
 */
export const EVICTION_NOTICE_FLAG = 'redline.evictionNotice';

export interface StorageHealth {
  evicted: boolean;
}

export async function checkStorageHealth(db: RedlineDb, flags: FlagStore): Promise<StorageHealth> {
  if ((await checkSentinel(db, flags)) === 'evicted') await flags.set(EVICTION_NOTICE_FLAG, true);
  return { evicted: (await flags.get(EVICTION_NOTICE_FLAG)) === true };
}

export async function dismissEvictionNotice(flags: FlagStore): Promise<void> {
  await flags.set(EVICTION_NOTICE_FLAG, false);
}
