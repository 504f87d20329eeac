/**
 * Writes made from an extension page (side panel, options). Each rings the change signal
 * itself, so open annotators repaint; a page never rings it by hand. The background's own
 * writes answer the annotator that asked, and do not come through here.
 */
import type { Annotation } from '../formats/annotation.ts';
import type { RedlineSetFile } from '../formats/set-file.ts';
import { EVERY_DOCUMENT, signalChange } from '../messaging/change-signal.ts';
import {
  type RedlineBackup,
  type RestoreMode,
  type RestoreOutcome,
  restoreBackup,
} from './backup.ts';
import { keepVersion } from './conflicts.ts';
import { applyImport, type ImportProgress } from './import.ts';
import type { RedlineDb } from './schema.ts';
import { recolourSet, setVisible } from './sets.ts';

async function signalEach(keys: Iterable<string>): Promise<void> {
  for (const key of new Set(keys)) await signalChange(key);
}

/** Saves comments carried onto a newer revision, in one transaction. */
export async function carryAnnotations(
  db: RedlineDb,
  copies: readonly Annotation[],
): Promise<void> {
  await db.transaction('rw', db.annotations, () => db.annotations.bulkPut([...copies]));
  await signalEach(copies.map((copy) => copy.documentKey));
}

/** Keeps one of two concurrent edits of a comment. */
export async function keepCommentVersion(db: RedlineDb, version: Annotation): Promise<Annotation> {
  const kept = await keepVersion(db, version);
  await signalEach([version.documentKey]);
  return kept;
}

/** Shows or hides a layer on every page. */
export async function showSet(db: RedlineDb, id: string, visible: boolean): Promise<void> {
  await setVisible(db, id, visible);
  await signalEach([EVERY_DOCUMENT]);
}

/** A new colour for a layer, on every page. */
export async function recolourLayer(db: RedlineDb, id: string, colour: string): Promise<void> {
  await recolourSet(db, id, colour);
  await signalEach([EVERY_DOCUMENT]);
}

export async function importSetFile(
  db: RedlineDb,
  file: RedlineSetFile,
  onProgress?: (progress: ImportProgress) => void,
) {
  const report = await applyImport(db, file, new Date(), onProgress);
  await signalEach([EVERY_DOCUMENT]);
  return report;
}

/** Restores a backup already read and checked (see readBackup), replacing or merging. */
export async function restoreCheckedBackup(
  db: RedlineDb,
  backup: RedlineBackup,
  mode: RestoreMode,
): Promise<RestoreOutcome> {
  const outcome = await restoreBackup(db, backup, mode);
  await signalEach([EVERY_DOCUMENT]);
  return outcome;
}
