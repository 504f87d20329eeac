import type { Annotation } from '../formats/annotation.ts';
import { canonicalJson } from '../formats/import/canonical-json.ts';
import type { RedlineDb } from './schema.ts';

/**
 * Keeps the version of a conflicting annotation the user chose. If it is not the one stored, it
 * is written as a new edit (so it wins on every later merge) and the stored one joins the
 * superseded versions: nothing is lost either way.
 */
export async function keepVersion(
  db: RedlineDb,
  chosen: Annotation,
  now = new Date(),
): Promise<Annotation> {
  return db.transaction('rw', db.annotations, db.superseded, async () => {
    const stored = await db.annotations.get(chosen.id);
    if (stored && canonicalJson(stored) === canonicalJson(chosen)) return stored;
    const kept: Annotation = { ...chosen, updatedAt: now.toISOString() };
    await db.annotations.put(kept);
    if (stored) {
      await db.superseded.add({
        annotationId: stored.id,
        reason: 'concurrent-edit',
        savedAt: now.toISOString(),
        annotation: stored,
      });
    }
    return kept;
  });
}
