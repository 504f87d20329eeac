import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSharedFile } from '../../utils/formats/import/parse-file.ts';
import { LAYER_PALETTE } from '../../utils/formats/layers.ts';
import { type ExtensionBrowser, launchWithExtension } from '../harness/browser.ts';
import { commentThroughUi } from '../harness/comment.ts';
import {
  type FinishedDownload,
  finishedDownload,
  saveDownloadsAsUser,
} from '../harness/downloads.ts';
import { DRAFT_URL, paintedColours, paintedTexts, serveDraft } from '../harness/draft-page.ts';
import { tabIdOf } from '../harness/extension-db.ts';
import { type FixtureServer, startFixtureServer } from '../harness/fixture-server.ts';

const AMINA = { name: 'Amina Diallo', organisation: 'Civil Liberties Forum' };
const JONAS = { name: 'Jonas Weber', organisation: 'Digital Rights Watch' };
const AMINAS_PASSAGE = 'Agreeing with one or more other persons to commit a serious crime';
const JONAS_PASSAGE = 'Organizing, directing, aiding, abetting, facilitating or counselling';
const AMINAS_LAYER = `My comments — ${AMINA.name}, ${AMINA.organisation}`;
const JONAS_LAYER = `My comments — ${JONAS.name}, ${JONAS.organisation}`;

async function fillProfile(browser: ExtensionBrowser, who: typeof AMINA): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  const form = options.getByRole('form', { name: 'Organisation profile' });
  await form.getByLabel('Your name').fill(who.name);
  await form.getByLabel('Organisation', { exact: true }).fill(who.organisation);
  await form.getByRole('button', { name: 'Save profile' }).click();
  await form.getByText('Profile saved.').waitFor();
  await options.close();
}

/** The draft, commented on through the page's own toolbar, and the workbench open on its Sets tab. */
async function commentAndOpenSets(
  browser: ExtensionBrowser,
  passage: string,
  comment: string,
): Promise<{ draft: Page; panel: Page }> {
  const draft = await browser.context.newPage();
  await draft.goto(DRAFT_URL);
  await commentThroughUi(draft, passage, { comment });
  const tabId = await tabIdOf(browser.serviceWorker, DRAFT_URL);
  const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await saveDownloadsAsUser(panel);
  await panel.getByRole('tab', { name: 'Sets' }).click();
  return { draft, panel };
}

/** Two colleagues, each in their own Chromium profile, as they would meet through a set file. */
describe('two colleagues, two profiles: layers that say whose they are', () => {
  let server: FixtureServer;
  let downloads: string;
  let aminasFile: FinishedDownload;
  let jonas: ExtensionBrowser | undefined;
  let draft: Page;
  let panel: Page;

  beforeAll(async () => {
    server = await startFixtureServer();
    serveDraft(server);
    downloads = await mkdtemp(path.join(tmpdir(), 'redline-downloads-'));
  });
  afterAll(async () => {
    await jonas?.close();
    await server?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it("profile A: Amina's first comment goes to a set that carries her name, and she exports it", async () => {
    const amina = await launchWithExtension(server, { downloadsDir: downloads });
    try {
      await fillProfile(amina, AMINA);
      const { panel: aminasPanel } = await commentAndOpenSets(
        amina,
        AMINAS_PASSAGE,
        'Agreement alone should not be criminalised without an overt act.',
      );
      const row = aminasPanel.getByRole('listitem', { name: AMINAS_LAYER });
      await row.getByText(`yours, as ${AMINA.name}, ${AMINA.organisation} · 1 comment`).waitFor();
      await row.getByRole('checkbox', { name: `Select ${AMINAS_LAYER} for export` }).check();
      await aminasPanel.getByRole('button', { name: 'Download selected sets' }).click();
      await aminasPanel.getByText(/Saved My-comments-\d{4}-\d\d-\d\d\.redline\.json/).waitFor();
      aminasFile = await finishedDownload(amina.serviceWorker, /\.redline\.json$/);
    } finally {
      await amina.close();
    }
    const read = readSharedFile(new Uint8Array(aminasFile.bytes));
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.value.file.sets).toEqual([
      expect.objectContaining({
        name: 'My comments',
        owner: { author: AMINA.name, organisation: AMINA.organisation },
      }),
    ]);
    expect(read.value.file.annotations.map((a) => a.target.quote.exact)).toEqual([AMINAS_PASSAGE]);
  });

  it("profile B: Jonas comments, then imports Amina's file through the Sets tab", async () => {
    jonas = await launchWithExtension(server);
    await fillProfile(jonas, JONAS);
    ({ draft, panel } = await commentAndOpenSets(
      jonas,
      JONAS_PASSAGE,
      'Too broad for journalists.',
    ));
    await panel.getByLabel(/Import a shared file/).setInputFiles({
      name: aminasFile.name,
      mimeType: 'application/json',
      buffer: aminasFile.bytes,
    });
    const preview = panel.getByRole('region', { name: 'Import preview' });
    await preview.getByText('1 new', { exact: true }).waitFor();
    await preview.getByRole('button', { name: 'Apply import' }).click();
    await panel.getByText(`Imported ${aminasFile.name}.`).waitFor();

    // Two sets called "My comments", told apart by whose they are, on screen and to assistive tech.
    await panel
      .getByRole('listitem', { name: AMINAS_LAYER, exact: true })
      .getByText(`colleague layer: ${AMINA.name}, ${AMINA.organisation} · 1 comment`)
      .waitFor();
    await panel
      .getByRole('listitem', { name: JONAS_LAYER, exact: true })
      .getByText(`yours, as ${JONAS.name}, ${JONAS.organisation} · 1 comment`)
      .waitFor();
    await expect(
      panel.getByRole('checkbox', { name: `Show ${AMINAS_LAYER}`, exact: true }).isChecked(),
    ).resolves.toBe(true);
    await expect(
      panel.getByRole('checkbox', { name: `Show ${JONAS_LAYER}`, exact: true }).isChecked(),
    ).resolves.toBe(true);
  });

  it('paints both comments, each layer in a colour of its own', async () => {
    await draft.bringToFront();
    await expect
      .poll(() => paintedTexts(draft).then((texts) => texts.sort()))
      .toEqual([AMINAS_PASSAGE, JONAS_PASSAGE].sort());
    const colours = await paintedColours(draft);
    expect(colours[JONAS_PASSAGE]).toBe('#ffd54f');
    // Both files said the same yellow; the colleague's layer got one colour-blind readers tell apart.
    expect(LAYER_PALETTE).toContain(colours[AMINAS_PASSAGE]);
    expect(colours[AMINAS_PASSAGE]).not.toBe(colours[JONAS_PASSAGE]);
  });

  it('names both layers with their owners in the page strip, with swatches that differ', async () => {
    const strip = draft.getByRole('complementary', { name: 'Redline on this page' });
    await strip.getByRole('status').getByText('2 comments').waitFor();
    await strip.getByRole('button', { name: 'Layers' }).click();
    const layers = strip.getByRole('listitem');
    const names = await layers.allTextContents();
    expect(names.map((name) => name.trim()).sort()).toEqual(
      [`${AMINAS_LAYER} (1)`, `${JONAS_LAYER} (1)`].sort(),
    );
    const swatches = await layers.evaluateAll((items) =>
      items.map((item) => {
        const swatch = item.querySelector('.rl-swatch') as HTMLElement;
        return [item.textContent?.trim(), getComputedStyle(swatch).backgroundColor];
      }),
    );
    const swatchOf = Object.fromEntries(swatches);
    expect(swatchOf[`${JONAS_LAYER} (1)`]).toBe('rgb(255, 213, 79)');
    expect(swatchOf[`${AMINAS_LAYER} (1)`]).toMatch(/^rgb\(/);
    expect(swatchOf[`${AMINAS_LAYER} (1)`]).not.toBe(swatchOf[`${JONAS_LAYER} (1)`]);
  });

  it("names each comment's layer and owner in the workbench, and filters by either", async () => {
    await panel.bringToFront();
    await panel.getByRole('tab', { name: 'Comments' }).click();
    const cardLayers = panel.locator('.comment-card .comment-layer');
    await expect
      .poll(() => cardLayers.allTextContents().then((t) => t.sort()))
      .toEqual([AMINAS_LAYER, JONAS_LAYER].sort());
    const setFilter = panel.getByRole('search', { name: 'Filter comments' }).getByLabel('Set');
    await expect(setFilter.locator('option').allTextContents()).resolves.toEqual(
      expect.arrayContaining([AMINAS_LAYER, JONAS_LAYER]),
    );
    await setFilter.selectOption({ label: AMINAS_LAYER });
    await panel
      .getByText('Agreement alone should not be criminalised without an overt act.')
      .waitFor();
    await expect(panel.getByText('Too broad for journalists.').count()).resolves.toBe(0);
  });
});
