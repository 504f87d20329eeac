import { type DBCore, type DBCoreCursor, type DBCoreTable, Dexie, type Middleware } from 'dexie';
import type { Annotation } from '../formats/annotation.ts';
import { contentFingerprint } from '../formats/fingerprint.ts';
import type { RedlineDb } from './schema.ts';

/**
 * The field IndexedDB holds beside each stored annotation: its content's fingerprint, indexed
 * with its id (`[id+fingerprint]`), so an import can tell which of 50,000 incoming annotations
 * are already stored as they are by reading index keys, not 100 MB of records.
 */
export const FINGERPRINT = 'fingerprint';

/**
 * The other field IndexedDB holds beside each stored annotation: when this browser wrote it
 * (an ISO instant), indexed with its set (`[setId+writtenAt]`). A comment's own `updatedAt` says
 * when it was authored, which for a colleague's file or a restored backup is long before it
 * arrived here; a live set's push asks what was written here since its last push.
 */
export const WRITTEN_AT = 'writtenAt';

type Stored = Annotation & { [FINGERPRINT]?: string; [WRITTEN_AT]?: string };

function withoutStoredFields<T>(value: T): T {
  if (value === null || typeof value !== 'object' || !(FINGERPRINT in value || WRITTEN_AT in value))
    return value;
  const {
    [FINGERPRINT]: _fingerprint,
    [WRITTEN_AT]: _writtenAt,
    ...content
  } = value as Record<string, unknown>;
  return content as T;
}

function stored(value: Annotation, writtenAt: string): Stored {
  const content = withoutStoredFields(value);
  return { ...content, [FINGERPRINT]: contentFingerprint(content), [WRITTEN_AT]: writtenAt };
}

/**
 * A cursor whose values read without the stored fields. IndexedDB's own getters refuse any other
 * `this`, so key and primary key are read from the real cursor too (as Dexie's virtual cursors do).
 */
function cursorWithoutStoredFields(cursor: DBCoreCursor): DBCoreCursor {
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => withoutStoredFields(cursor.value) },
  });
}

/**
 * Chained with `then` on Dexie's own promises, never `async`: a native promise in between would
 * lose the transaction Dexie follows through its zone.
 */
function annotationsTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (request) => {
      if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
      const writtenAt = new Date().toISOString();
      return table.mutate({
        ...request,
        values: request.values.map((value) => stored(value, writtenAt)),
      });
    },
    get: (request) => table.get(request).then(withoutStoredFields),
    getMany: (request) => table.getMany(request).then((values) => values.map(withoutStoredFields)),
    query: (request) =>
      table
        .query(request)
        .then((response) =>
          request.values
            ? { ...response, result: response.result.map(withoutStoredFields) }
            : response,
        ),
    openCursor: (request) =>
      table
        .openCursor(request)
        .then((cursor) =>
          cursor && request.values !== false ? cursorWithoutStoredFields(cursor) : cursor,
        ),
  };
}

/**
 * Writes each annotation's fingerprint and the instant it was written as it is stored, and
 * leaves them out of everything read: the rest of Redline never sees the fields. Closest to
 * IndexedDB, under Dexie's own layers, so every way of writing is stamped — an edit, an import,
 * a restore, a merge, in any extension page or the background.
 */
export const storedFieldsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'annotation-stored-fields',
  level: -2,
  create: (down) => ({
    ...down,
    table: (name) =>
      name === 'annotations' ? annotationsTable(down.table(name)) : down.table(name),
  }),
};

/** The lowest and highest of these ids: the key range that holds them all. */
export function idBounds(ids: readonly string[]): [string, string] | undefined {
  const [first] = ids;
  if (first === undefined) return undefined;
  let [lowest, highest] = [first, first];
  for (const id of ids) {
    if (id < lowest) lowest = id;
    if (id > highest) highest = id;
  }
  return [lowest, highest];
}

/**
 * The stored fingerprints of the annotations with these ids, read from the `[id+fingerprint]`
 * index between the lowest and highest id: keys only. Annotations stored before fingerprints
 * existed are not in the index (and not in the answer) until they are written again.
 */
export async function storedFingerprints(
  db: RedlineDb,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const bounds = idBounds(ids);
  if (!bounds) return found;
  const [lowest, highest] = bounds;
  const wanted = new Set(ids);
  const keys = await db.annotations
    .where(`[id+${FINGERPRINT}]`)
    .between([lowest, Dexie.minKey], [highest, Dexie.maxKey], true, true)
    .keys();
  for (const key of keys) {
    const [id, fingerprint] = key as unknown as [string, string];
    if (wanted.has(id)) found.set(id, fingerprint);
  }
  return found;
}
