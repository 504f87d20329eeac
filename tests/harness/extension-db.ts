import type { Worker } from 'playwright-core';
import { WRITTEN_AT } from '../../utils/db/fingerprints.ts';

/**
 * Reads a whole store of the extension's own IndexedDB. Runs in the extension's origin (its
 * service worker in Chromium, an extension page in Firefox), passed to the driver's `evaluate`.
 */
export function readStoreInExtension<T = unknown>(storeName: string): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    const open = indexedDB.open('redline');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(storeName)) {
        db.close();
        resolve([]);
        return;
      }
      const all = db.transaction(storeName).objectStore(storeName).getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result as T[]);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

/** Reads a whole store of the extension's own IndexedDB, from inside its service worker. */
export async function readExtensionStore<T = unknown>(worker: Worker, store: string): Promise<T[]> {
  return worker.evaluate(readStoreInExtension, store) as Promise<T[]>;
}

/** Every store named, read whole: equal dumps mean nothing was written. */
export async function dumpExtensionDb(
  worker: Worker,
  stores: readonly string[],
): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const store of stores) dump[store] = await readExtensionStore(worker, store);
  return dump;
}

/**
 * A dump without each record's write instant: a restore writes every comment anew, so that
 * instant is the restore's (the live-set push reads it), while everything the backup held must
 * come back as it was.
 */
export function withoutWriteInstants(dump: Record<string, unknown[]>): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(dump).map(([store, records]) => [
      store,
      records.map((record) => {
        if (record === null || typeof record !== 'object' || !(WRITTEN_AT in record)) return record;
        const { [WRITTEN_AT]: _written, ...rest } = record as Record<string, unknown>;
        return rest;
      }),
    ]),
  );
}

/** Polls until `read` returns a value that satisfies `ready`, or fails after `timeoutMs`. */
export async function waitFor<T>(
  read: () => Promise<T>,
  ready: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ready(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The id Chromium gave the tab showing `url`, asked of the extension itself. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (target) => {
    const tabs = await (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.query({});
    const tab = tabs.find((candidate) => candidate.url === target);
    if (tab?.id === undefined) throw new Error(`no tab shows ${target}`);
    return tab.id;
  }, url);
}

/** The extension API as seen inside the service worker, for code passed to `evaluate`. */
export type ChromeApi = typeof import('wxt/browser').browser;

/** Sends a tab message the way the extension's pages do (@webext-core/messaging's envelope). */
export async function sendToTab(
  worker: Worker,
  tabId: number,
  type: string,
  data: unknown,
): Promise<unknown> {
  return worker.evaluate(
    ({ tabId, type, data }) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.sendMessage(tabId, {
        id: Math.floor(Math.random() * 1e9),
        type,
        data,
        timestamp: Date.now(),
      }),
    { tabId, type, data },
  );
}

/** The id of the active tab of the last focused window. */
export async function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}
