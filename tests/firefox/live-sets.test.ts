import { rm } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { commentThroughUi } from '../harness/comment.ts';
import { DRAFT_URL, paintedTexts, serveDraft } from '../harness/draft-page.ts';
import { readExtensionStore, waitFor } from '../harness/extension-db.ts';
import { useFirefoxExtension } from '../harness/firefox.ts';
import {
  clickButton,
  commentOnSelectionIn,
  firefoxTabId,
  paintedTextsIn,
  readFirefoxStore,
  selectTextIn,
} from '../harness/firefox-page.ts';
import {
  type ConnectFields,
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
import { type RunningServe, stop } from '../harness/sync-server.ts';

const { agreement: SHARED, counselling: FROM_CHROMIUM, property: FROM_FIREFOX } = PASSAGES;
const FORM = 'form[aria-label="Connect a set to a server"]';

/** Fills the Sets tab's form in a Firefox extension page and connects. */
async function connectInFirefox(panel: Page, fields: ConnectFields): Promise<void> {
  const select = `${FORM} select`;
  await panel.waitForSelector(select);
  const value = await panel.$eval(
    select,
    (element, label) =>
      [...(element as HTMLSelectElement).options].find((option) => option.text === label)?.value,
    fields.set,
  );
  if (value === undefined) throw new Error(`no choice "${fields.set}" in the form`);
  await panel.select(select, value);
  await panel.type(`${FORM} input[type="url"]`, fields.address);
  await panel.type(`${FORM} input[autocomplete="username"]`, fields.user);
  await panel.type(`${FORM} input[type="password"]`, fields.password);
  await clickButton(panel, 'Connect', FORM);
}

function liveStatusIn(panel: Page): Promise<string> {
  return panel
    .$eval('.live-set [role="status"]', (status) => status.textContent ?? '')
    .catch(() => '');
}

/** One live set between a Firefox profile and a Chromium profile, through `redline serve`. */
describe('live sets in Firefox', () => {
  const suite = useFirefoxExtension((server) => {
    serveDraft(server);
  });
  let folder: string;
  let sync: RunningServe;
  let draft: Page;
  let panel: Page;
  let jonas: Member | undefined;
  const annotationsInFirefox = () =>
    readFirefoxStore<Annotation>(suite.firefox.extension, 'annotations');

  beforeAll(async () => {
    ({ folder, sync } = await serveSharedSet());
  }, 120_000);
  afterAll(async () => {
    await jonas?.browser.close();
    if (sync) await stop(sync);
    if (folder) await rm(folder, { recursive: true, force: true });
  }, 120_000);

  it('shares a set from Firefox to the server; a Chromium profile joins it and sees its comment', async () => {
    draft = await suite.firefox.openPage(DRAFT_URL);
    await draft.waitForSelector('redline-ui[data-ready]', { timeout: 20_000 });
    await selectTextIn(draft, SHARED);
    await commentOnSelectionIn(draft, { comment: 'Agreement alone should not be a crime.' });
    await waitFor(annotationsInFirefox, (list) => list.length === 1);

    panel = await suite.firefox.openExtensionPage(
      `sidepanel.html?tab=${await firefoxTabId(suite.firefox.extension, DRAFT_URL)}`,
    );
    await clickButton(panel, 'Sets', '[role="tablist"]');
    await connectInFirefox(panel, {
      set: 'Share My comments',
      address: sync.url,
      user: 'amina',
      password: MEMBERS.amina,
    });
    await waitFor(
      () => liveStatusIn(panel),
      (status) => status === 'In sync',
      30_000,
    );

    jonas = await openMember(suite.server);
    await joinAsJonas(jonas, sync.url);
    const member = jonas;
    await expect.poll(() => paintedTexts(member.draft), { timeout: 30_000 }).toEqual([SHARED]);
    await expect.poll(() => liveStatus(member)).toBe('In sync');
  }, 240_000);

  it('a comment made in either browser is painted in the other, live', async () => {
    const member = jonas as Member;
    const fromChromium = 'Counselling is too vague.';
    await commentThroughUi(member.draft, FROM_CHROMIUM, { comment: fromChromium });
    const savedInChromium = savedInstant(
      await readExtensionStore<Annotation>(member.browser.serviceWorker, 'annotations'),
      fromChromium,
    );
    await expect
      .poll(() => paintedTextsIn(draft), { timeout: 30_000, interval: 20 })
      .toContain(FROM_CHROMIUM);
    const inFirefox = Date.now() - savedInChromium;
    console.info(
      `live sets: a comment made in Chromium was painted in Firefox ${inFirefox} ms after`,
    );

    const fromFirefox = 'Define "property" narrowly.';
    await selectTextIn(draft, FROM_FIREFOX);
    await commentOnSelectionIn(draft, { comment: fromFirefox });
    const savedInFirefox = savedInstant(
      await waitFor(annotationsInFirefox, (list) => list.some((a) => a.comment === fromFirefox)),
      fromFirefox,
    );
    await expect
      .poll(() => paintedTexts(member.draft), { timeout: 30_000, interval: 20 })
      .toEqual(expect.arrayContaining([SHARED, FROM_CHROMIUM, FROM_FIREFOX]));
    const inChromium = Date.now() - savedInFirefox;
    console.info(
      `live sets: a comment made in Firefox was painted in Chromium ${inChromium} ms after`,
    );
    expect(Math.max(inFirefox, inChromium)).toBeLessThan(LIVE_BOUND_MS);
  }, 120_000);
});
