import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import type { AnnotationSetInfo } from '../../utils/formats/annotation-set.ts';
import { DEFAULT_SET_ID } from '../../utils/formats/default-set.ts';
import type { RedlineSetFile } from '../../utils/formats/set-file.ts';
import { commentThroughUi } from '../harness/comment.ts';
import {
  DRAFT_URL,
  highlightBox,
  paintedTexts,
  selectText,
  serveDraft,
} from '../harness/draft-page.ts';
import { type ChromeApi, readExtensionStore, tabIdOf, waitFor } from '../harness/extension-db.ts';
import { type FixtureServer, startFixtureServer } from '../harness/fixture-server.ts';
import {
  connect,
  DATABASE,
  formMessage,
  joinAsJonas,
  LIVE_BOUND_MS,
  liveStatus,
  MEMBERS,
  type Member,
  openMember,
  PASSAGES,
  savedInstant,
  serveSharedSet,
} from '../harness/live-set-member.ts';
import { ADMIN, type RunningServe, request, serve, stop } from '../harness/sync-server.ts';

const {
  agreement: FIRST_PASSAGE,
  counselling: SECOND_PASSAGE,
  property: PRIVATE_PASSAGE,
} = PASSAGES;
const PRIVATE_COMMENT = 'Internal: ask the delegation before we say this.';
const COLLEAGUE_FILE = path.resolve(
  import.meta.dirname,
  '../fixtures/sharing/untoc-colleague.redline.json',
);

async function editComment(page: Page, passage: string, comment: string): Promise<void> {
  await page.bringToFront();
  const box = await highlightBox(page, passage);
  await page.mouse.click(box.x, box.y);
  const editor = page.getByRole('dialog', { name: /Edit comment/ });
  await editor.getByLabel('Comment').fill(comment);
  await editor.getByRole('button', { name: 'Save comment' }).click();
  await editor.waitFor({ state: 'detached' });
}

async function deleteComment(page: Page, passage: string): Promise<void> {
  await page.bringToFront();
  const box = await highlightBox(page, passage);
  await page.mouse.click(box.x, box.y);
  await page
    .getByRole('dialog', { name: /Edit comment/ })
    .getByRole('button', { name: 'Delete comment' })
    .click();
  await page.getByText('Comment deleted.').waitFor();
}

async function privateComment(page: Page, passage: string, comment: string): Promise<void> {
  await page.bringToFront();
  await selectText(page, passage);
  await page
    .getByRole('toolbar', { name: /Redline/ })
    .getByRole('button', { name: 'Comment' })
    .click();
  const editor = page.getByRole('dialog', { name: /New comment/ });
  await editor.getByLabel('Comment').fill(comment);
  await editor.getByRole('checkbox', { name: 'Keep private' }).check();
  await editor.getByRole('button', { name: 'Save comment' }).click();
  await page.getByText(/Comment saved/).waitFor();
}

const annotationsOf = (member: Member) =>
  readExtensionStore<Annotation>(member.browser.serviceWorker, 'annotations');

/** Two members of a coalition, each in their own Chromium profile, on one live set. */
describe('live sets: two profiles and `redline serve`', () => {
  let fixtures: FixtureServer;
  let folder: string;
  let sync: RunningServe;
  let amina: Member;
  let jonas: Member;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    serveDraft(fixtures);
    ({ folder, sync } = await serveSharedSet());
  }, 120_000);
  afterAll(async () => {
    await amina?.browser.close();
    await jonas?.browser.close();
    if (sync) await stop(sync);
    await fixtures?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  }, 180_000);

  it('refuses a wrong password, an unreachable server and a database that is not a set, saying which', async () => {
    amina = await openMember(fixtures);
    await commentThroughUi(amina.draft, FIRST_PASSAGE, {
      comment: 'Agreement alone should not be criminalised without an overt act.',
    });
    const share = { set: 'Share My comments', user: 'amina' };
    await connect(amina, { ...share, address: sync.url, password: 'wrong' });
    await expect.poll(() => formMessage(amina)).toContain('refused the user name "amina"');
    await connect(amina, { ...share, address: 'http://127.0.0.1:9', password: MEMBERS.amina });
    await expect
      .poll(() => formMessage(amina))
      .toContain('Not connected: cannot reach 127.0.0.1:9');
    await connect(amina, { ...share, address: 'http://sync.example.org', password: 'x' });
    await expect.poll(() => formMessage(amina)).toContain('use https://');
    // A database with no Redline validation: CouchDB's users database, which any server has.
    await connect(amina, {
      set: 'Join a set a colleague shared',
      database: 'redline-set-missing',
      address: sync.url,
      user: 'amina',
      password: MEMBERS.amina,
    });
    await expect
      .poll(() => formMessage(amina))
      .toContain('has no set database "redline-set-missing"');
  }, 180_000);

  it('A shares her set, B joins it and sees her comment painted without a reload', async () => {
    await connect(amina, {
      set: 'Share My comments',
      address: sync.url,
      user: 'amina',
      password: MEMBERS.amina,
    });
    await expect.poll(() => liveStatus(amina), { timeout: 20_000 }).toBe('In sync');

    jonas = await openMember(fixtures);
    await joinAsJonas(jonas, sync.url);
    await expect
      .poll(() => paintedTexts(jonas.draft), { timeout: 20_000 })
      .toEqual([FIRST_PASSAGE]);
    await expect.poll(() => liveStatus(jonas)).toBe('In sync');
    // The password stays in the extension's own database: not in storage a content script can
    // read (local), not in the statuses the pages are given (session), not in the page.
    const stored = await jonas.browser.serviceWorker.evaluate(async () => {
      const { storage } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return JSON.stringify([await storage.local.get(null), await storage.session.get(null)]);
    });
    expect(stored).toContain(DATABASE);
    expect(stored).not.toContain(MEMBERS.jonas);
    expect(await jonas.draft.content()).not.toContain(MEMBERS.jonas);
  }, 180_000);

  it('a new comment and an edit each reach the other profile, live', async () => {
    const comment = 'Counselling is too vague.';
    await commentThroughUi(amina.draft, SECOND_PASSAGE, { comment });
    const savedAt = savedInstant(await annotationsOf(amina), comment);
    await expect
      .poll(() => paintedTexts(jonas.draft), { timeout: 20_000, interval: 20 })
      .toEqual(expect.arrayContaining([FIRST_PASSAGE, SECOND_PASSAGE]));
    const painted = Date.now() - savedAt;
    console.info(
      `live sets: a new comment was painted in the other profile ${painted} ms after A saved it`,
    );

    const edit = 'Agreement alone is not a crime: require an overt act.';
    await editComment(jonas.draft, FIRST_PASSAGE, edit);
    const editedAt = savedInstant(await annotationsOf(jonas), edit);
    await waitFor(
      () => annotationsOf(amina),
      (list) => list.some((a) => a.comment === edit),
      20_000,
    );
    const arrived = Date.now() - editedAt;
    console.info(
      `live sets: an edit reached the other profile's database ${arrived} ms after B saved it`,
    );
    expect(Math.max(painted, arrived)).toBeLessThan(LIVE_BOUND_MS);
    const aminasPanel = await amina.browser.openExtensionPage(
      `sidepanel.html?tab=${await tabIdOf(amina.browser.serviceWorker, DRAFT_URL)}`,
    );
    await aminasPanel.getByText('Agreement alone is not a crime: require an overt act.').waitFor();
    await aminasPanel.close();
  }, 180_000);

  it('a file imported into the shared set during the session reaches the other profile on the next push', async () => {
    // Comments of this same set a member wrote weeks ago, in a file (a third party's comments
    // on the draft, dated 15–17 November): older than any push of this session.
    const [mine] = (await annotationsOf(amina)).filter((a) => a.setId === DEFAULT_SET_ID);
    const documentKey = mine?.documentKey as string;
    const sets = await readExtensionStore<AnnotationSetInfo>(amina.browser.serviceWorker, 'sets');
    const shared = sets.find((set) => set.id === DEFAULT_SET_ID) as AnnotationSetInfo;
    const { origin: _origin, visible: _visible, ...setInFile } = shared;
    const colleague: RedlineSetFile = JSON.parse(readFileSync(COLLEAGUE_FILE, 'utf8'));
    const older = colleague.annotations
      .filter((annotation) => annotation.target.quote.exact !== FIRST_PASSAGE)
      .map((annotation) => ({ ...annotation, documentKey, setId: DEFAULT_SET_ID }));
    const file: RedlineSetFile = {
      ...colleague,
      sets: [setInFile],
      documents: colleague.documents.map((document) => ({ ...document, key: documentKey })),
      annotations: older,
    };
    expect(older.every((annotation) => (annotation.updatedAt ?? '') < '2026-11-18')).toBe(true);
    await amina.panel.bringToFront();
    await amina.panel.getByLabel(/Import a shared file/).setInputFiles({
      name: 'coalition-earlier.redline.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const preview = amina.panel.getByRole('region', { name: 'Import preview' });
    await preview.getByText(`${older.length} new`, { exact: true }).waitFor();
    await preview.getByRole('button', { name: 'Apply import' }).click();
    const appliedAt = Date.now();
    await amina.panel.getByText('Imported coalition-earlier.redline.json.').waitFor();
    const passages = older.map((annotation) => annotation.target.quote.exact);
    await expect
      .poll(() => paintedTexts(jonas.draft), { timeout: 20_000, interval: 20 })
      .toEqual(expect.arrayContaining(passages));
    const painted = Date.now() - appliedAt;
    console.info(
      `live sets: ${older.length} imported comments were painted in the other profile ${painted} ms after A applied the import`,
    );
    expect(painted).toBeLessThan(LIVE_BOUND_MS * 3);
    expect((await annotationsOf(jonas)).map((a) => a.comment)).toEqual(
      expect.arrayContaining(older.map((a) => a.comment)),
    );
  }, 180_000);

  it('edits made by both while the server is down meet on restart: one kept, the other in both conflict views until one member settles it', async () => {
    const port = new URL(sync.url).port;
    const t0 = Date.now();
    const step = (what: string) => console.info(`offline step ${what} at ${Date.now() - t0} ms`);
    await stop(sync);
    await expect.poll(() => liveStatus(amina), { timeout: 60_000 }).toMatch(/^Offline/);
    step('offline shown');
    const aminas = 'Amina, offline: delete "counselling".';
    const jonass = 'Jonas, offline: define "counselling".';
    await editComment(amina.draft, SECOND_PASSAGE, aminas);
    await editComment(jonas.draft, SECOND_PASSAGE, jonass);

    step('edited');
    sync = await serve(path.join(folder, 'server'), Number(port));
    step('restarted');
    const keptIn = async (member: Member) =>
      (await annotationsOf(member)).find((a) => a.target.quote.exact === SECOND_PASSAGE)?.comment;
    // Both keep the newer edit; the other is offered beside it in both conflict views.
    const kept = await waitFor(
      async () => [await keptIn(amina), await keptIn(jonas)] as const,
      ([a, b]) => a !== undefined && a === b,
      60_000,
    );
    step(`both kept ${kept[0]}`);
    expect(kept[0]).toBe(jonass);
    const panels = new Map<Member, Page>();
    for (const member of [amina, jonas]) {
      const panel = await member.browser.openExtensionPage(
        `sidepanel.html?tab=${await tabIdOf(member.browser.serviceWorker, DRAFT_URL)}`,
      );
      panels.set(member, panel);
      await panel.getByText(jonass).waitFor();
      const versions = panel.getByText('1 other version edited at the same time');
      await versions.waitFor({ timeout: 30_000 });
      await versions.click();
      await panel.getByText(aminas).waitFor();
    }
    step('both conflict views show the other version');
    for (const panel of panels.values()) {
      await panel.getByRole('tab', { name: 'Sets' }).click();
      await expect
        .poll(() => panel.locator('.live-set [role="status"]').first().textContent(), {
          timeout: 30_000,
        })
        .toContain('1 comment has two versions');
    }
    // Until a member chooses, the server keeps the engine's conflict open for every member.
    const openOnServer = async () =>
      (
        (
          await request(
            sync,
            'GET',
            `/${DATABASE}/_all_docs?include_docs=true&conflicts=true`,
            ADMIN,
          )
        ).json.rows as Array<{ doc: { _conflicts?: string[] } }>
      ).filter((row) => row.doc._conflicts).length;
    expect(await openOnServer()).toBe(1);

    // Amina keeps her version: the choice travels and closes the conflict for both.
    const aminasPanel = panels.get(amina) as Page;
    await aminasPanel.bringToFront();
    await aminasPanel.getByRole('tab', { name: 'Comments' }).click();
    await aminasPanel.getByText('1 other version edited at the same time').click();
    await aminasPanel.getByRole('button', { name: 'Restore this version' }).click();
    const settledAt = Date.now();
    await waitFor(
      async () => [await keptIn(amina), await keptIn(jonas)] as const,
      ([a, b]) => a === aminas && b === aminas,
      30_000,
    );
    console.info(
      `live sets: a settled conflict reached the other profile in ${Date.now() - settledAt} ms`,
    );
    await waitFor(openOnServer, (open) => open === 0, 30_000);
    for (const panel of panels.values()) {
      await panel.getByRole('tab', { name: 'Sets' }).click();
      await expect
        .poll(() => panel.locator('.live-set [role="status"]').first().textContent(), {
          timeout: 30_000,
        })
        .not.toContain('two versions');
      await panel.close();
    }
  }, 240_000);
  it('a deletion travels, a private comment stays in its browser, and leaving keeps a local copy', async () => {
    await privateComment(amina.draft, PRIVATE_PASSAGE, PRIVATE_COMMENT);
    await deleteComment(amina.draft, FIRST_PASSAGE);
    await expect
      .poll(() => paintedTexts(jonas.draft), { timeout: 30_000 })
      .not.toContain(FIRST_PASSAGE);
    const deleted = (await annotationsOf(jonas)).find(
      (a) => a.target.quote.exact === FIRST_PASSAGE,
    );
    expect(deleted?.deleted).toBe(true);
    // The deletion went out after the private comment was saved: had it been shared, it would be there.
    const onServer = JSON.stringify(
      (await request(sync, 'GET', `/${DATABASE}/_all_docs?include_docs=true`, ADMIN)).json,
    );
    expect(onServer).toContain(FIRST_PASSAGE);
    expect(onServer).not.toContain(PRIVATE_COMMENT);
    expect((await annotationsOf(jonas)).map((a) => a.comment)).not.toContain(PRIVATE_COMMENT);
    expect((await annotationsOf(amina)).map((a) => a.comment)).toContain(PRIVATE_COMMENT);

    const kept = (await annotationsOf(jonas)).filter((a) => !a.deleted).map((a) => a.comment);
    expect(kept.length).toBeGreaterThan(0);
    const liveSet = jonas.panel.locator('.live-set');
    await jonas.panel.bringToFront();
    await liveSet.getByRole('button', { name: 'Leave (keep a copy here)' }).click();
    await jonas.panel.getByText('No set syncs with a server yet.').waitFor();
    expect((await annotationsOf(jonas)).filter((a) => !a.deleted).map((a) => a.comment)).toEqual(
      kept,
    );
    await expect.poll(() => paintedTexts(jonas.draft)).toContain(SECOND_PASSAGE);
    // Jonas's copy no longer follows the set: Amina's next edit stays with her and the server.
    await editComment(amina.draft, SECOND_PASSAGE, 'After Jonas left.');
    await waitFor(
      async () =>
        JSON.stringify(
          (await request(sync, 'GET', `/${DATABASE}/_all_docs?include_docs=true`, ADMIN)).json,
        ),
      (text) => text.includes('After Jonas left.'),
      30_000,
    );
    expect((await annotationsOf(jonas)).map((a) => a.comment)).not.toContain('After Jonas left.');
  }, 180_000);
});
