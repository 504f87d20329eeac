import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../harness/axe.ts';
import { commentOnSelection } from '../harness/comment.ts';
import { DRAFT_URL, LISTING_URL, selectText, serveDraft } from '../harness/draft-page.ts';
import { tabIdOf, waitFor } from '../harness/extension-db.ts';
import { makeUnPdf, serveUnPdf, UNTOC_PDF_URL } from '../harness/make-un-pdf.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const PASSAGE = 'Organizing, directing, aiding, abetting, facilitating or counselling';

/** axe-core on every surface a user meets: no serious or critical violation anywhere. */
describe('accessibility (axe-core)', () => {
  const suite = useExtensionBrowser(async (server) => {
    serveDraft(server);
    server.routes.set(`www.unodc.org${new URL(LISTING_URL).pathname}`, {
      body: readFileSync(path.resolve(import.meta.dirname, '../fixtures/un/session-listing.html')),
      type: 'text/html; charset=utf-8',
    });
    const made = await makeUnPdf();
    serveUnPdf(server, made.bytes);
  });

  it('the popup on a session listing and the options page', async () => {
    const listing = await suite.browser.context.newPage();
    await listing.goto(LISTING_URL);
    const tabId = await tabIdOf(suite.browser.serviceWorker, LISTING_URL);
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByText('5 documents on this page').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();

    const options = await suite.browser.openExtensionPage('options.html');
    await options.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
    await listing.close();
  });

  it('the toolbar, the editor and every workbench tab on a commented draft', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await selectText(page, PASSAGE);
    const toolbar = page.getByRole('toolbar', { name: /Redline/ });
    await toolbar.waitFor();
    expect(await seriousViolations(page, 'redline-ui')).toEqual([]);

    await toolbar.getByRole('button', { name: 'Comment' }).click();
    await page.getByRole('dialog', { name: /New comment/ }).waitFor();
    expect(await seriousViolations(page, 'redline-ui')).toEqual([]);
    await page.keyboard.press('Escape');

    await selectText(page, PASSAGE);
    await commentOnSelection(page, { comment: 'Too broad: aiding and counselling reach advice.' });
    await page.getByRole('complementary', { name: 'Redline on this page' }).waitFor();

    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    for (const name of ['Comments', 'Revisions', 'Export', 'Sets']) {
      await panel.getByRole('tab', { name }).click();
      await waitFor(
        () => panel.getByRole('tab', { name }).getAttribute('aria-selected'),
        (selected) => selected === 'true',
      );
      expect(await seriousViolations(panel), name).toEqual([]);
    }
    await panel.close();
    await page.close();
  });

  it('the PDF viewer with its contents', async () => {
    const viewer = await suite.browser.openExtensionPage(
      `viewer.html?file=${encodeURIComponent(UNTOC_PDF_URL)}`,
    );
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
    expect(await seriousViolations(viewer)).toEqual([]);
    await viewer.close();
  });
});
