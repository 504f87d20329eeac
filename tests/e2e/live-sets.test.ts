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
import { DRAFT_URL, highlightBox, paintedTexts, serveDraft } from '../harness/draft-page.ts';
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
    await expect.poll(() => formMessage(amina)).toContain('Cannot reach 127.0.0.1:9');
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
    // The password stays in the extension's own database, never in storage a page could read.
    const stored = await jonas.browser.serviceWorker.evaluate(async () =>
      JSON.stringify(
        await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(null),
      ),
    );
    expect(stored).not.toContain(MEMBERS.jonas);
  }, 180_000);

  it('a new comment and an edit each reach the other profile, live', async () => {
    const started = Date.now();
    await commentThroughUi(amina.draft, SECOND_PASSAGE, { comment: 'Counselling is too vague.' });
    await expect
      .poll(() => paintedTexts(jonas.draft), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([FIRST_PASSAGE, SECOND_PASSAGE]));
    console.info(
      `live sets: a new comment reached the other profile in ${Date.now() - started} ms`,
    );

    await editComment(
      jonas.draft,
      FIRST_PASSAGE,
      'Agreement alone is not a crime: require an overt act.',
    );
    await waitFor(
      () => annotationsOf(amina),
      (list) =>
        list.some((a) => a.comment === 'Agreement alone is not a crime: require an overt act.'),
      20_000,
    );
    const aminasPanel = await amina.browser.openExtensionPage(
      `sidepanel.html?tab=${await tabIdOf(amina.browser.serviceWorker, DRAFT_URL)}`,
    );
    await aminasPanel.getByText('Agreement alone is not a crime: require an overt act.').waitFor();
    await aminasPanel.close();
  }, 180_000);

  it.skip('edits made while the server is down meet on restart as a visible conflict, nothing lost', async () => {
    const port = new URL(sync.url).port;
    await stop(sync);
    await expect.poll(() => liveStatus(amina), { timeout: 60_000 }).toMatch(/^Offline/);
    await editComment(amina.draft, SECOND_PASSAGE, 'Amina, offline: delete "counselling".');
    await editComment(jonas.draft, SECOND_PASSAGE, 'Jonas, offline: define "counselling".');

    sync = await serve(path.join(folder, 'server'), Number(port));
    for (const member of [amina, jonas]) {
      const list = await waitFor(
        async () =>
          (await annotationsOf(member)).find((a) => a.target.quote.exact === SECOND_PASSAGE),
        (annotation) =>
          annotation !== undefined && /Jonas, offline|Amina, offline/.test(annotation.comment),
        60_000,
      );
      expect(list).toBeDefined();
    }
    // Both settle on the same version; the other one is offered beside it, in both profiles.
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
    const other = kept[0]?.startsWith('Amina')
      ? 'Jonas, offline: define "counselling".'
      : 'Amina, offline: delete "counselling".';
    for (const member of [amina, jonas]) {
      const panel = await member.browser.openExtensionPage(
        `sidepanel.html?tab=${await tabIdOf(member.browser.serviceWorker, DRAFT_URL)}`,
      );
      await panel.getByText(kept[0] as string).waitFor();
      await panel.getByText('1 other version edited at the same time').click();
      await panel.getByText(other).waitFor();
      await panel.getByRole('tab', { name: 'Sets' }).click();
      await expect
        .poll(() => panel.locator('.live-set [role="status"]').first().textContent(), {
          timeout: 30_000,
        })
        .toContain('1 comment has two versions');
      await panel.close();
    }
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
});
