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

type Fingerprinted = Annotation & { [FINGERPRINT]?: string };

function withoutFingerprint<T>(value: T): T {
  if (value === null || typeof value !== 'object' || !(FINGERPRINT in value)) return value;
  const { [FINGERPRINT]: _stored, ...content } = value as Record<string, unknown>;
  return content as T;
}

function fingerprinted(value: Annotation): Fingerprinted {
  const content = withoutFingerprint(value);
  return { ...content, [FINGERPRINT]: contentFingerprint(content) };
}

/**
 * A cursor whose values read without the fingerprint. IndexedDB's own getters refuse any other
 * `this`, so key and primary key are read from the real cursor too (as Dexie's virtual cursors do).
 */
function cursorWithoutFingerprints(cursor: DBCoreCursor): DBCoreCursor {
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => withoutFingerprint(cursor.value) },
  });
}

/**
 * Chained with `then` on Dexie's own promises, never `async`: a native promise in between would
 * lose the transaction Dexie follows through its zone.
 */
function annotationsTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (request) =>
      request.type === 'add' || request.type === 'put'
        ? table.mutate({ ...request, values: request.values.map(fingerprinted) })
        : table.mutate(request),
    get: (request) => table.get(request).then(withoutFingerprint),
    getMany: (request) => table.getMany(request).then((values) => values.map(withoutFingerprint)),
    query: (request) =>
      table
        .query(request)
        .then((response) =>
          request.values
            ? { ...response, result: response.result.map(withoutFingerprint) }
            : response,
        ),
    openCursor: (request) =>
      table
        .openCursor(request)
        .then((cursor) =>
          cursor && request.values !== false ? cursorWithoutFingerprints(cursor) : cursor,
        ),
  };
}

/**
 * Writes each annotation's fingerprint as it is stored and leaves it out of everything read:
 * the rest of Redline never sees the field. Closest to IndexedDB, under Dexie's own layers.
 */
export const fingerprintMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'annotation-fingerprints',
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
