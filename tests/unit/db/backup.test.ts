import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkSentinel,
  countHeldData,
  exportBackup,
  holdsWork,
  INITIALISED_FLAG,
  previewMerge,
  type RedlineBackup,
  readBackup,
  restoreBackup,
  restoreBackupFile,
} from '../../../utils/db/backup.ts';
import { recordDocument } from '../../../utils/db/documents.ts';
import { applyImport } from '../../../utils/db/import.ts';
import { loadProfile } from '../../../utils/db/profile.ts';
import type { RedlineDb } from '../../../utils/db/schema.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import type { CommentDraft } from '../../../utils/formats/comment-draft.ts';
import { LIMITS } from '../../../utils/formats/limits.ts';
import { protocol } from '../../../utils/messaging/protocol.ts';
import { colleague, colleagueText, memoryFlags } from '../../fixtures/sharing/database.ts';
import { deleteOpened, dump, freshDb } from '../../harness/fresh-db.ts';
import { codesOf, inEnglish, refusedInEnglish } from '../../harness/problems.ts';

afterEach(deleteOpened);

async function filledDb(): Promise<RedlineDb> {
  const db = freshDb();
  await applyImport(db, colleague());
  const file = colleague();
  const [first] = file.annotations;
  if (first)
    file.annotations = [{ ...first, comment: 'Later.', updatedAt: '2026-12-01T00:00:00.000Z' }];
  await applyImport(db, file);
  await loadProfile(db);
  await checkSentinel(db, memoryFlags());
  return db;
}

/** An unsent edit of an annotation, as the annotator saves it on every keystroke. */
function draftOn(annotation: Annotation, key: string, comment: string): CommentDraft {
  const { documentKey, target, provision } = annotation;
  return {
    key,
    documentKey,
    target,
    provision,
    fields: { comment, rationale: '', tags: [] },
    updatedAt: '2026-12-02T00:00:00.000Z',
  };
}

describe('backup and restore', () => {
  it('restores every table of a backup into an empty database exactly', async () => {
    const source = await filledDb();
    const text = await exportBackup(source);
    expect(JSON.parse(text)).toMatchObject({ format: 'redline.backup', version: 1 });
    const target = freshDb();
    const result = await restoreBackupFile(target, text, 'replace');
    expect(result).toMatchObject({
      ok: true,
      value: { mode: 'replace', counts: { annotations: 3, superseded: 1, profile: 1, meta: 1 } },
    });
    expect(await dump(target)).toEqual(await dump(source));
  });

  it('replaces what was there rather than mixing with it', async () => {
    const backup = await exportBackup(freshDb());
    const db = await filledDb();
    await restoreBackupFile(db, backup, 'replace');
    expect(await db.annotations.count()).toBe(0);
    expect(await db.meta.get('sentinel')).toBeDefined();
  });

  it('refuses an invalid backup with every reason and touches nothing', async () => {
    const db = await filledDb();
    const before = await dump(db);
    const backup = JSON.parse(await exportBackup(db));
    backup.tables.annotations[1].updatedAt = 'soon';
    backup.tables.sets[0].colour = 'red';
    const result = await restoreBackupFile(db, JSON.stringify(backup), 'replace');
    expect(refusedInEnglish(result)).toEqual([
      'tables.annotations[1] (id "clf-untoc-2"): updatedAt: not a valid datetime',
      'tables.sets[0] (id "c1d2e3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f"): colour: does not match the pattern /^#[0-9a-f]{6}$/i',
    ]);
    expect(await dump(db)).toEqual(before);
  });

  it('asks for an update on a later backup version', async () => {
    const result = await restoreBackupFile(
      freshDb(),
      '{"format":"redline.backup","version":2}',
      'replace',
    );
    expect(refusedInEnglish(result)).toEqual([
      'this file is a Redline backup of version 2; this Redline reads version 1 — update Redline',
    ]);
    expect(result.ok ? [] : codesOf(result.errors)).toEqual(['newerBackupVersion']);
  });

  it('leaves the database as it was when the restore fails midway', async () => {
    const db = await filledDb();
    const backup = await exportBackup(db);
    const before = await dump(db);
    db.drafts.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    const withDraft = JSON.parse(backup);
    withDraft.tables.drafts = [draftOn(withDraft.tables.annotations[0], 'draft-1', 'unsent')];
    await expect(restoreBackupFile(db, JSON.stringify(withDraft), 'replace')).rejects.toThrow(
      'quota exceeded',
    );
    expect(await dump(db)).toEqual(before);
  });
});

/** A backup of filledDb with what a set file does not carry: a text version and a draft. */
async function fullBackup(): Promise<RedlineBackup> {
  const db = await filledDb();
  await recordDocument(db, {
    key: 'A/RES/55/25|en',
    url: 'https://www.unodc.org/documents/treaties/UNTOC/untoc-en.html',
    kind: 'html',
    version: '9c1e4b7a20d3f5e8',
    text: 'Article 5. Criminalization of participation in an organized criminal group',
  });
  const backup = JSON.parse(await exportBackup(db));
  backup.tables.drafts = [
    draftOn(backup.tables.annotations[0], 'draft-from-backup', 'unsent, in the backup'),
  ];
  const read = readBackup(JSON.stringify(backup));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.value;
}

describe('the bounds of a backup are those of what Redline stores', () => {
  it('restores a text as long as the background stores, and names one that is longer', async () => {
    const seen = {
      key: 'A/AC.254/4/Rev.11|en',
      url: 'https://www.unodc.org/documents/treaties/UNTOC/draft-convention.html',
      kind: 'html' as const,
      version: 'consolidated',
      text: colleagueText
        .repeat(Math.ceil(LIMITS.documentText / colleagueText.length))
        .slice(0, LIMITS.documentText),
    };
    expect(protocol.documentSeen.request.safeParse(seen).success).toBe(true);
    const db = freshDb();
    await checkSentinel(db, memoryFlags());
    await recordDocument(db, seen);
    const backup = await exportBackup(db);
    const target = freshDb();
    expect(await restoreBackupFile(target, backup, 'replace')).toMatchObject({ ok: true });
    expect(await dump(target)).toEqual(await dump(db));

    const longer = { ...seen, text: `${seen.text}x` };
    expect(protocol.documentSeen.request.safeParse(longer).success).toBe(false);
    const file = JSON.parse(backup);
    file.tables.texts[0].text = longer.text;
    const refused = await restoreBackupFile(freshDb(), JSON.stringify(file), 'replace');
    expect(refusedInEnglish(refused)).toEqual([
      `tables.texts[0].text: longer than ${LIMITS.documentText.toLocaleString('en')} characters`,
    ]);
  }, 120_000);
});

describe('a refused file names what is wrong and writes nothing', () => {
  async function refusal(input: string | Uint8Array): Promise<string[]> {
    const db = await filledDb();
    const before = await dump(db);
    const result = await restoreBackupFile(db, input, 'replace');
    expect(await dump(db)).toEqual(before);
    return result.ok ? [] : inEnglish(result.errors);
  }

  it('a cut-off backup: inside a text, between rows, just before its end', async () => {
    const text = JSON.stringify(await fullBackup());
    const insideText = text.indexOf('Criminalization of participation') + 10;
    const betweenRows = text.indexOf('},{') + 2;
    for (const end of [insideText, betweenRows, text.length - 1]) {
      expect(await refusal(text.slice(0, end))).toEqual([
        'the file is cut off: its JSON ends before it is complete. It may not have finished downloading or copying; use the whole file',
      ]);
    }
  });

  it('a file that is not JSON: a PDF, and a text document', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage().drawText('A/AC.254/4/Rev.11', { font, size: 12 });
    expect(await refusal(await pdf.save())).toEqual(['the file is not JSON: it is not UTF-8 text']);
    const [reason] = await refusal('Article 5\nCriminalization of participation');
    expect(reason).toMatch(/^the file is not valid JSON \(/);
  });

  it('JSON that is not a Redline backup: an annotation set, another object, an array', async () => {
    expect(await refusal(colleagueText)).toEqual([
      'this file is a Redline annotation set, not a backup: import it with "Import a shared file"',
    ]);
    const notOurs = 'this file is not a Redline backup: it has no "format": "redline.backup"';
    expect(await refusal('{"type":"AnnotationCollection","items":[]}')).toEqual([notOurs]);
    expect(await refusal('[{"format":"redline.backup"}]')).toEqual([notOurs]);
  });

  it('a backup from a newer Redline', async () => {
    const newer = { ...(await fullBackup()), version: 2 };
    expect(await refusal(JSON.stringify(newer))).toEqual([
      'this file is a Redline backup of version 2; this Redline reads version 1 — update Redline',
    ]);
  });
});

describe('restoring over data already there', () => {
  /**
   * This browser's data, made after the backup: a comment of its own, a newer edit of one of the
   * backup's comments, an edit of another at the same instant as the backup's (a conflict), and
   * an older version of a comment the backup deleted.
   */
  async function laterDb() {
    const db = freshDb();
    await loadProfile(db);
    const file = colleague();
    const [first, second, third] = file.annotations as [Annotation, Annotation, Annotation];
    file.annotations = [
      { ...first, comment: 'Newer here.', updatedAt: '2026-12-05T00:00:00.000Z' },
      { ...second, comment: 'Same instant, other words.' },
      third,
      { ...first, id: 'mine-1', comment: 'Only here.' },
    ];
    await applyImport(db, file);
    return db;
  }

  async function backupWithTombstone(): Promise<RedlineBackup> {
    const backup = await fullBackup();
    backup.tables.annotations = backup.tables.annotations.map((annotation) =>
      annotation.id === 'clf-untoc-3'
        ? { ...annotation, deleted: true, updatedAt: '2026-12-02T00:00:00.000Z' }
        : annotation,
    );
    return backup;
  }

  it('says whether there is work to replace: a profile alone is not', async () => {
    const empty = freshDb();
    await loadProfile(empty);
    expect(holdsWork(await countHeldData(empty))).toBe(false);
    expect(holdsWork(await countHeldData(await laterDb()))).toBe(true);
  });

  it('replace: afterwards the database is the backup, whatever was there', async () => {
    const backup = await backupWithTombstone();
    const intoEmpty = freshDb();
    await restoreBackup(intoEmpty, backup, 'replace');
    const db = await laterDb();
    const outcome = await restoreBackup(db, backup, 'replace');
    expect(outcome).toMatchObject({ mode: 'replace', counts: { annotations: 3, drafts: 1 } });
    expect(await dump(db)).toEqual(await dump(intoEmpty));
  });

  it('merge: does what its preview said, by the import rules, keeping this profile', async () => {
    const backup = await backupWithTombstone();
    const db = await laterDb();
    const profile = await db.profile.get('me');
    const preview = await previewMerge(db, backup);
    expect(preview.counts).toMatchObject({ new: 0, conflicts: 1, tombstones: 1 });

    const outcome = await restoreBackup(db, backup, 'merge');
    expect(outcome).toMatchObject({ mode: 'merge', report: preview });
    const byId = new Map((await db.annotations.toArray()).map((a) => [a.id, a]));
    expect(byId.get('clf-untoc-1')?.comment).toBe('Newer here.');
    expect(byId.get('clf-untoc-3')?.deleted).toBe(true);
    expect(byId.get('mine-1')?.comment).toBe('Only here.');
    const kept = (await db.superseded.toArray()).map((row) => [row.reason, row.annotation.comment]);
    const shown = byId.get('clf-untoc-2')?.comment;
    const other = [
      'Same instant, other words.',
      backup.tables.annotations.find((a) => a.id === 'clf-untoc-2')?.comment,
    ].find((comment) => comment !== shown);
    expect(kept).toContainEqual(['concurrent-edit', other]);
    expect(await db.profile.get('me')).toEqual(profile);
    expect(await db.texts.count()).toBe(1);
    expect((await db.drafts.toArray()).map((draft) => draft.key)).toEqual(['draft-from-backup']);

    // The same backup again changes nothing.
    const after = await dump(db);
    await restoreBackup(db, backup, 'merge');
    expect(await dump(db)).toEqual(after);
  });

  it('merge: a failure midway leaves the database as it was', async () => {
    const backup = await backupWithTombstone();
    const db = await laterDb();
    const before = await dump(db);
    db.texts.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    await expect(restoreBackup(db, backup, 'merge')).rejects.toThrow('quota exceeded');
    expect(await dump(db)).toEqual(before);
  });
});

describe('the eviction sentinel', () => {
  it('says first-run once, then ok', async () => {
    const db = freshDb();
    const flags = memoryFlags();
    expect(await checkSentinel(db, flags)).toBe('first-run');
    expect(flags.values[INITIALISED_FLAG]).toBe(true);
    expect(await checkSentinel(db, flags)).toBe('ok');
  });

  it('says evicted when the flag survives but the database is gone, then ok', async () => {
    const flags = memoryFlags();
    const before = freshDb();
    await checkSentinel(before, flags);
    await before.delete();
    const after = freshDb();
    expect(await checkSentinel(after, flags)).toBe('evicted');
    expect(await checkSentinel(after, flags)).toBe('ok');
  });

  it('says ok and sets the flag again when only the flag was cleared', async () => {
    const db = freshDb();
    await checkSentinel(db, memoryFlags());
    const cleared = memoryFlags();
    expect(await checkSentinel(db, cleared)).toBe('ok');
    expect(cleared.values[INITIALISED_FLAG]).toBe(true);
  });
});
