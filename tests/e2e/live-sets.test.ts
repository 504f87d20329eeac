import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { DEFAULT_SET_ID } from '../../utils/formats/default-set.ts';
import { databaseNameForSet } from '../../utils/sync/documents.ts';
import { type ExtensionBrowser, launchWithExtension } from '../harness/browser.ts';
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
  ADMIN,
  createSetDatabase,
  type RunningServe,
  request,
  serve,
  stop,
} from '../harness/sync-server.ts';

const DATABASE = databaseNameForSet(DEFAULT_SET_ID);
const MEMBERS = { amina: 'amina-secret', jonas: 'jonas-secret' };
const FIRST_PASSAGE = 'Agreeing with one or more other persons to commit a serious crime';
const SECOND_PASSAGE = 'Organizing, directing, aiding, abetting, facilitating or counselling';
const PRIVATE_PASSAGE = '“Property” shall mean assets of every kind';
const PRIVATE_COMMENT = 'Internal: ask the delegation before we say this.';

interface Member {
  browser: ExtensionBrowser;
  draft: Page;
  panel: Page;
}

/** A member's browser on the draft, with the workbench open on its Sets tab. */
async function openMember(server: FixtureServer): Promise<Member> {
  const browser = await launchWithExtension(server);
  const draft = await browser.context.newPage();
  await draft.goto(DRAFT_URL);
  await draft.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
  const tabId = await tabIdOf(browser.serviceWorker, DRAFT_URL);
  const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.getByRole('tab', { name: 'Sets' }).click();
  return { browser, draft, panel };
}

async function connect(
  member: Member,
  fields: { set: string; database?: string; address: string; user: string; password: string },
): Promise<void> {
  const form = member.panel.getByRole('form', { name: 'Connect a set to a server' });
  await form.getByRole('combobox').selectOption({ label: fields.set });
  if (fields.database) await form.getByLabel('Set database').fill(fields.database);
  await form.getByLabel('Server address').fill(fields.address);
  await form.getByLabel('User name').fill(fields.user);
  await form.getByLabel('Password').fill(fields.password);
  await form.getByRole('button', { name: 'Connect' }).click();
}

function formMessage(member: Member) {
  return member.panel
    .getByRole('form', { name: 'Connect a set to a server' })
    .getByRole('status')
    .textContent();
}

function liveStatus(member: Member) {
  return member.panel.locator('.live-set [role="status"]').first().textContent();
}

async function editComment(page: Page, passage: string, comment: string): Promise<void> {
  await page.bringToFront();
  const box = await highlightBox(page, passage);
  await page.mouse.click(box.x, box.y);
  const editor = page.getByRole('dialog', { name: /Edit comment/ });
  await editor.getByLabel('Comment').fill(comment);
  await editor.getByRole('button', { name: 'Save comment' }).click();
  await editor.waitFor({ state: 'detached' });
}

/** The bound is 2 s; this shared 2-core machine runs several suites at once. */
const LIVE_BOUND_MS = Number(process.env.LIVE_BOUND_MS ?? 2_000);

/** When a comment was saved, by its own timestamp: the clock both profiles share. */
function savedInstant(list: readonly Annotation[], comment: string): number {
  const saved = list.find((annotation) => annotation.comment === comment);
  if (!saved) throw new Error(`no comment "${comment}" saved`);
  return Date.parse(saved.updatedAt ?? saved.createdAt ?? '');
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
    folder = await mkdtemp(path.join(tmpdir(), 'redline-live-'));
    sync = await serve(path.join(folder, 'server'));
    expect(await createSetDatabase(sync, DATABASE, MEMBERS)).toEqual([201, 201, 201, 200]);
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
    await connect(jonas, {
      set: 'Join a set a colleague shared',
      database: DATABASE,
      address: sync.url,
      user: 'jonas',
      password: MEMBERS.jonas,
    });
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

  it('edits made by both while the server is down meet on restart: one kept in both, the other in the conflict view', async () => {
    const port = new URL(sync.url).port;
    const t0 = Date.now();
    const step = (what: string) => console.info(`offline step ${what} at ${Date.now() - t0} ms`);
    await stop(sync);
    await expect.poll(() => liveStatus(amina), { timeout: 60_000 }).toMatch(/^Offline/);
    step('offline shown');
    await editComment(amina.draft, SECOND_PASSAGE, 'Amina, offline: delete "counselling".');
    await editComment(jonas.draft, SECOND_PASSAGE, 'Jonas, offline: define "counselling".');

    step('edited');
    sync = await serve(path.join(folder, 'server'), Number(port));
    step('restarted');
    // Both settle on the same version (the newer edit); the other is offered beside it in the
    // conflict view of the profile that read the engine's conflict. A profile that only sees the
    // settled result (the other member closed the conflict first) has no conflict to show: see
    // the report.
    const kept = await waitFor(
      async () =>
        [
          (await annotationsOf(amina)).find((a) => a.target.quote.exact === SECOND_PASSAGE)
            ?.comment,
          (await annotationsOf(jonas)).find((a) => a.target.quote.exact === SECOND_PASSAGE)
            ?.comment,
        ] as const,
      ([a, b]) => a !== undefined && a === b,
      60_000,
    );
    step(`both kept ${kept[0]}`);
    expect(kept[0]).toBe('Jonas, offline: define "counselling".');
    const other = 'Amina, offline: delete "counselling".';
    const showing: string[] = [];
    for (const [name, member] of [
      ['amina', amina],
      ['jonas', jonas],
    ] as const) {
      const panel = await member.browser.openExtensionPage(
        `sidepanel.html?tab=${await tabIdOf(member.browser.serviceWorker, DRAFT_URL)}`,
      );
      await panel.getByText(kept[0] as string).waitFor();
      const versions = panel.getByText('1 other version edited at the same time');
      const shown = await versions.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      if (shown) {
        await versions.click();
        await panel.getByText(other).waitFor();
        await panel.getByRole('tab', { name: 'Sets' }).click();
        await expect
          .poll(() => panel.locator('.live-set [role="status"]').first().textContent(), {
            timeout: 30_000,
          })
          .toContain('1 comment has two versions');
        showing.push(name);
      }
      await panel.close();
    }
    console.info(`live sets: the conflict view shows the other version in ${showing.join(', ')}`);
    expect(showing.length).toBeGreaterThan(0);
    // On the server the engine's conflict is settled: one revision, no open conflict.
    await waitFor(
      async () =>
        (
          (
            await request(
              sync,
              'GET',
              `/${DATABASE}/_all_docs?include_docs=true&conflicts=true`,
              ADMIN,
            )
          ).json.rows as Array<{ doc: { _conflicts?: string[] } }>
        ).filter((row) => row.doc._conflicts).length,
      (open) => open === 0,
      30_000,
    );
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
