import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveAnnotation } from '../../../utils/db/annotations.ts';
import { importSharedFile } from '../../../utils/db/import.ts';
import { loadProfile, saveProfile } from '../../../utils/db/profile.ts';
import { exportSets, recolourSet } from '../../../utils/db/sets.ts';
import { LAYER_PALETTE, layerLabel, OWN_SET_COLOUR } from '../../../utils/formats/layers.ts';
import { translator } from '../../../utils/i18n/translate.ts';
import { deleteOpened, freshDb } from '../../harness/fresh-db.ts';
import { annotationOn } from '../annotations/fixtures.ts';

afterEach(deleteOpened);

async function profileOf(db: ReturnType<typeof freshDb>, authorName: string, organisation: string) {
  const profile = await loadProfile(db);
  await saveProfile(db, { ...profile, authorName, organisation });
}

describe('layers that say who they are', () => {
  it('names the default set after the profile, follows its changes, and carries the owner out', async () => {
    const db = freshDb();
    await profileOf(db, 'Amina Diallo', 'Civil Liberties Forum');
    await saveAnnotation(db, annotationOn('a1'));
    const set = await db.sets.get('my-comments');
    expect(set?.owner).toEqual({ author: 'Amina Diallo', organisation: 'Civil Liberties Forum' });
    expect(layerLabel(set ?? { name: '' }, translator('en'))).toBe(
      'My comments — Amina Diallo, Civil Liberties Forum',
    );
    // Stored as "My comments" for files and merges; read in the reader's language.
    expect(set?.name).toBe('My comments');
    expect(layerLabel(set ?? { name: '' }, translator('fr'))).toBe(
      'Mes commentaires — Amina Diallo, Civil Liberties Forum',
    );
    expect(layerLabel({ ...(set ?? {}), name: 'Cybercrime' }, translator('fr'))).toBe(
      'Cybercrime — Amina Diallo, Civil Liberties Forum',
    );

    await profileOf(db, 'Amina Diallo', 'Access to Justice Network');
    const moved = await db.sets.get('my-comments');
    expect(moved?.owner?.organisation).toBe('Access to Justice Network');
    expect((moved?.updatedAt ?? '') > (set?.updatedAt ?? '')).toBe(true);
    const file = await exportSets(db, ['my-comments']);
    expect(file.sets[0]?.name).toBe('My comments');
    expect(file.sets[0]?.owner).toEqual({
      author: 'Amina Diallo',
      organisation: 'Access to Justice Network',
    });
  });

  it('gives a colleague’s default set its own id and a distinct colour; a recolour survives re-import', async () => {
    const amina = freshDb();
    await profileOf(amina, 'Amina Diallo', 'Civil Liberties Forum');
    await saveAnnotation(amina, annotationOn('a1'));
    const file = JSON.stringify(await exportSets(amina, ['my-comments']));

    const jorge = freshDb();
    await profileOf(jorge, 'Jorge Martínez', 'Derechos Digitales');
    await saveAnnotation(jorge, annotationOn('j1'));
    const read = await importSharedFile(jorge, file);
    expect(read.ok).toBe(true);
    const sets = await jorge.sets.toArray();
    expect(sets.map((one) => layerLabel(one, translator('en'))).sort()).toEqual([
      'My comments — Amina Diallo, Civil Liberties Forum',
      'My comments — Jorge Martínez, Derechos Digitales',
    ]);
    const theirs = sets.find((set) => set.origin === 'imported');
    const mine = sets.find((set) => set.origin === 'own');
    expect(mine?.colour).toBe(OWN_SET_COLOUR);
    expect(LAYER_PALETTE).toContain(theirs?.colour);
    expect(theirs?.colour).not.toBe(mine?.colour);

    if (!theirs) throw new Error('no imported layer');
    await recolourSet(jorge, theirs.id, '#0072b2');
    const again = await importSharedFile(jorge, file);
    expect(again.ok && again.value.counts).toMatchObject({ new: 0, updated: 0 });
    expect((await jorge.sets.get(theirs.id))?.colour).toBe('#0072b2');
  });

  it('keeps private comments out of a shared set file unless included', async () => {
    const db = freshDb();
    await saveAnnotation(db, annotationOn('open'));
    await saveAnnotation(db, { ...annotationOn('secret'), private: true });
    expect((await exportSets(db, ['my-comments'])).annotations.map((a) => a.id)).toEqual(['open']);
    expect(
      (await exportSets(db, ['my-comments'], new Date(), true)).annotations.map((a) => a.id),
    ).toEqual(['open', 'secret']);
  });

  it('gives third-party files layers of their own, named after who wrote them, each in a distinct colour', async () => {
    const fixtures = path.resolve(__dirname, '../../fixtures/sharing');
    const db = freshDb();
    await profileOf(db, 'Amina Diallo', 'Civil Liberties Forum');
    await saveAnnotation(db, annotationOn('a1'));
    // A real Hypothesis search response and the W3C Recommendation's collection, byte for byte.
    for (const file of [
      'hypothesis-client/wikipedia-regression-testing.json',
      'w3c-model-examples/collection1.json',
    ]) {
      const read = await importSharedFile(db, readFileSync(path.join(fixtures, file)));
      expect(read.ok).toBe(true);
    }
    const sets = await db.sets.toArray();
    const imported = sets.filter((set) => set.origin === 'imported');
    // The collection's own label; the Hypothesis user (acct:mark@localhost) as the owner.
    expect(imported.map((set) => layerLabel(set, translator('en'))).sort()).toEqual([
      'Annotation Examples',
      'Hypothesis — mark',
    ]);
    const colours = sets.map((set) => set.colour);
    expect(new Set(colours).size).toBe(sets.length);
    for (const set of imported) expect(LAYER_PALETTE).toContain(set.colour);
  });
});
