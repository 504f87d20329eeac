import type { DocumentRecord } from '../formats/document.ts';
import { LIMITS } from '../formats/limits.ts';
import type { RedlineDb } from './schema.ts';

export interface DocumentSighting {
  key: string;
  symbol?: string;
  family?: string;
  language?: string;
  title?: string;
  url: string;
  kind: DocumentRecord['kind'];
  version: string;
  text?: string;
}

/**
 * Records that a document was opened, adding its text version if it is new. `textKept` says
 * whether Redline holds this version's text now: a sighting without text (the usual visit,
 * which sends only the version's hash) learns whether the text still has to be sent.
 */
export async function recordDocument(
  db: RedlineDb,
  seen: DocumentSighting,
  now = new Date(),
): Promise<DocumentRecord & { textKept: boolean }> {
  return db.transaction('rw', db.documents, db.texts, async () => {
    const existing = await db.documents.get(seen.key);
    const versions = existing?.versions ?? [];
    const { version, text, ...identity } = seen;
    let textKept = (await db.texts.get([seen.key, version])) !== undefined;
    if (text !== undefined && !textKept) {
      await db.texts.put({ documentKey: seen.key, version, text, savedAt: now.toISOString() });
      textKept = true;
    }
    const record: DocumentRecord = {
      ...existing,
      ...identity,
      versions: versions.includes(version)
        ? versions
        : [...versions, version].slice(-LIMITS.documentVersions),
      lastSeenAt: now.toISOString(),
    };
    await db.documents.put(record);
    return { ...record, textKept };
  });
}
