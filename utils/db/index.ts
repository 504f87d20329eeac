/**
 * The extension's database. Import only from the background and extension pages: IndexedDB
 * opened from a content script belongs to the web page's origin.
 */
import { openRedlineDb, type RedlineDb } from './schema.ts';

let shared: RedlineDb | undefined;

export function getDb(): RedlineDb {
  shared ??= openRedlineDb();
  return shared;
}

export type { RedlineDb } from './schema.ts';
