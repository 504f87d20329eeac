import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../harness/browser.ts';
import { LISTING_URL, serveDraft, serveFixture } from '../harness/draft-page.ts';
import { type ChromeApi, tabIdOf, waitFor } from '../harness/extension-db.ts';
import { type FixtureServer, startFixtureServer } from '../harness/fixture-server.ts';

describe('recognising UN documents in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    serveFixture(server, LISTING_URL, 'session-listing.html');
    browser = await launchWithExtension(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const badgeOf = (tabId: number) =>
    browser.serviceWorker.evaluate(
      (tab) =>
        (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({ tabId: tab }),
      tabId,
    );

  it('counts the documents of a UNODC session page on the badge and lists them in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(LISTING_URL);
    const tabId = await tabIdOf(browser.serviceWorker, LISTING_URL);
    await waitFor(
      () => badgeOf(tabId),
      (text) => text !== '',
    );
    expect(await badgeOf(tabId)).toBe('5');

    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const list = popup.getByRole('region', { name: 'Documents on this page' });
    await list.getByText('5 documents on this page').waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(5);
    await expect(list.getByRole('listitem').first().textContent()).resolves.toContain(
      'A/AC.291/22',
    );
    await expect(
      list.getByRole('button', { name: 'Open A/AC.291/22/Rev.1 in Arabic' }).count(),
    ).resolves.toBe(1);
    await popup.close();
    await page.close();
  });

  it('shows the outline of a draft in the side panel, and its entries scroll the page', async () => {
    const url = serveDraft(server);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    const tabId = await tabIdOf(browser.serviceWorker, url);
    await waitFor(
      () => badgeOf(tabId),
      (text) => text !== '',
    );

    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByText(/^Outline \(\d+ provisions\)$/).click();
    const toc = panel.getByRole('navigation', { name: 'Outline of the draft' });
    await expect(toc.getByRole('button').count()).resolves.toBeGreaterThanOrEqual(41);
    await toc.getByRole('button', { name: /^Art\. 34 —/ }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    await panel.close();
    await page.close();
  });
});
