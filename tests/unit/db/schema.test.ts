import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { recordDocument } from '../../../utils/db/documents.ts';
import { loadProfile, saveProfile } from '../../../utils/db/profile.ts';
import {
  CURRENT_STORES,
  CURRENT_VERSION,
  openRedlineDb,
  STORES_V1,
} from '../../../utils/db/schema.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import { deleteAfterTest, deleteOpened, freshDb } from '../../harness/fresh-db.ts';

afterEach(deleteOpened);

function annotation(id: string, provision: string, updatedAt: string): Annotation {
  return {
    id,
    setId: 'my-comments',
    documentKey: 'A/AC.291/22|en',
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'shall adopt such legislative',
        prefix: 'Each State Party ',
        suffix: ' and other measures',
      },
      position: { type: 'TextPositionSelector', start: 1200, end: 1228 },
      structure: { type: 'StructuralSelector', address: provision, offset: 18, unitLength: 400 },
      documentVersion: 'f00d',
    },
    provision,
    comment: 'Too broad.',
    rationale: '',
    tags: ['human-rights'],
    author: { id: 'author-1', name: 'A. Reviewer' },
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt,
  };
}

describe('the database', () => {
  it('opens a database written by version 1 and adds the texts table, keeping every record', async () => {
    const name = `redline-v1-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    await old
      .table('annotations')
      .bulkPut([annotation('a1', 'Art. 5', '2026-11-01T00:00:00.000Z')]);
    await old.table('drafts').put({ key: 'new:x', documentKey: 'A/AC.291/22|en' });
    old.close();

    const current = openRedlineDb(name);
    deleteAfterTest(current);
    await current.open();
    expect(current.verno).toBe(CURRENT_VERSION);
    expect(await current.annotations.get('a1')).toMatchObject({ provision: 'Art. 5' });
    expect(await current.drafts.count()).toBe(1);
    await current.texts.put({
      documentKey: 'A/AC.291/22|en',
      version: 'v1',
      text: 'Article 1',
      savedAt: '',
    });
    expect(await current.texts.where('documentKey').equals('A/AC.291/22|en').count()).toBe(1);
  });

  it('queries annotations by document, by document and provision, by set and by last change', async () => {
    const db = freshDb();
    await db.annotations.bulkPut([
      annotation('a1', 'Art. 7(1)', '2026-11-02T00:00:00.000Z'),
      annotation('a2', 'Art. 7(1)', '2026-11-03T00:00:00.000Z'),
      annotation('a3', 'Art. 8', '2026-11-01T00:00:00.000Z'),
    ]);
    expect(await db.annotations.where('documentKey').equals('A/AC.291/22|en').count()).toBe(3);
    const inArticle7 = await db.annotations
      .where('[documentKey+provision]')
      .equals(['A/AC.291/22|en', 'Art. 7(1)'])
      .primaryKeys();
    expect(inArticle7.sort()).toEqual(['a1', 'a2']);
    expect(await db.annotations.where('setId').equals('my-comments').count()).toBe(3);
    const newestFirst = await db.annotations.orderBy('updatedAt').reverse().primaryKeys();
    expect(newestFirst).toEqual(['a2', 'a1', 'a3']);
  });

  it('records a document once per key and keeps every text version seen', async () => {
    const db = freshDb();
    const seen = {
      key: 'A/AC.291/22|en',
      symbol: 'A/AC.291/22',
      url: 'https://www.unodc.org/documents/A_AC.291_22_E.pdf',
      kind: 'pdf' as const,
    };
    await recordDocument(db, { ...seen, version: 'v1' });
    await recordDocument(db, { ...seen, version: 'v1' });
    const record = await recordDocument(db, { ...seen, version: 'v2' });
    expect(record.versions).toEqual(['v1', 'v2']);
    expect(await db.documents.count()).toBe(1);
  });

  it('says whether a version’s text is kept, so a visit sends the text only once', async () => {
    const db = freshDb();
    const seen = {
      key: 'A/AC.291/22|en',
      url: 'https://www.unodc.org/documents/treaties/draft.html',
      kind: 'html' as const,
      version: 'v1',
    };
    expect((await recordDocument(db, seen)).textKept).toBe(false);
    expect(await db.texts.count()).toBe(0);
    expect((await recordDocument(db, { ...seen, text: 'Article 1. Purpose' })).textKept).toBe(true);
    expect((await recordDocument(db, seen)).textKept).toBe(true);
    expect((await db.documents.get(seen.key))?.versions).toEqual(['v1']);
    expect(await db.documents.get(seen.key)).not.toHaveProperty('textKept');
    expect((await recordDocument(db, { ...seen, version: 'v2' })).textKept).toBe(false);
  });

  it('creates the profile with a stable author id and refuses an invalid e-mail', async () => {
    const db = freshDb();
    const first = await loadProfile(db);
    expect(first.authorId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await loadProfile(db)).authorId).toBe(first.authorId);
    await expect(saveProfile(db, { ...first, contactEmail: 'not an address' })).rejects.toThrow(
      /contactEmail/,
    );
    const saved = await saveProfile(db, { ...first, organisation: ' Access Now ', acronym: 'AN' });
    expect(saved.organisation).toBe('Access Now');
  });

  it('upgrades a filled version 1 database to a later schema without losing a record', async () => {
    const name = `redline-migration-${crypto.randomUUID()}`;
    const v1 = openRedlineDb(name);
    const annotations = Array.from({ length: 250 }, (_, i) =>
      annotation(
        `a${i}`,
        `Art. ${(i % 40) + 1}`,
        `2026-11-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
      ),
    );
    await v1.annotations.bulkPut(annotations);
    await v1.sets.put({
      id: 'my-comments',
      name: 'My comments',
      colour: '#ffd54f',
      origin: 'own',
      visible: true,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    });
    await recordDocument(v1, {
      key: 'A/AC.291/22|en',
      url: 'https://www.unodc.org/x.pdf',
      kind: 'pdf',
      version: 'v1',
    });
    v1.close();

    // A test schema after the current one: a new index on stance, a new table, and an upgrade
    // that fills a field.
    const v2 = new Dexie(name);
    deleteAfterTest(v2);
    v2.version(CURRENT_VERSION).stores(CURRENT_STORES);
    v2.version(CURRENT_VERSION + 1)
      .stores({
        ...CURRENT_STORES,
        annotations: `${CURRENT_STORES.annotations}, stance`,
        layers: 'id',
      })
      .upgrade((tx) =>
        tx
          .table('annotations')
          .toCollection()
          .modify((record: Annotation) => {
            record.stance ??= 'question';
          }),
      );
    await v2.open();
    expect(v2.verno).toBe(CURRENT_VERSION + 1);
    const upgraded = await v2.table<Annotation>('annotations').toArray();
    expect(upgraded.map((a) => a.id).sort()).toEqual(annotations.map((a) => a.id).sort());
    expect(upgraded.every((a) => a.stance === 'question' && a.comment === 'Too broad.')).toBe(true);
    expect(await v2.table('annotations').where('stance').equals('question').count()).toBe(250);
    expect(await v2.table('sets').count()).toBe(1);
    expect(await v2.table('documents').get('A/AC.291/22|en')).toMatchObject({ versions: ['v1'] });
  });
});
