/** Fresh databases for unit tests (fake-indexeddb), each deleted again after the test. */
import type { Dexie } from 'dexie';
import { openRedlineDb, type RedlineDb } from '../../utils/db/schema.ts';

let count = 0;
const opened: Dexie[] = [];

export function freshDb(): RedlineDb {
  return deleteAfterTest(openRedlineDb(`redline-test-${++count}`));
}

/** A database the test opened itself (an older schema), deleted with the others. */
export function deleteAfterTest<Db extends Dexie>(db: Db): Db {
  opened.push(db);
  return db;
}

export async function deleteOpened(): Promise<void> {
  for (const db of opened.splice(0)) await db.delete();
}

/** Every row of every table, in key order: two dumps are equal when nothing was written. */
export async function dump(db: RedlineDb): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.orderBy(':id').toArray();
  return tables;
}
