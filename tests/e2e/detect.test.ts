import { describe, expect, it } from 'vitest';
import { LISTING_URL, serveDraft, serveFixture } from '../harness/draft-page.ts';
import { type ChromeApi, tabIdOf, waitFor } from '../harness/extension-db.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

describe('recognising UN documents in Chromium', () => {
  const suite = useExtensionBrowser((server) => {
    serveFixture(server, LISTING_URL, 'session-listing.html');
  });

  const badgeOf = (tabId: number) =>
    suite.browser.serviceWorker.evaluate(
      (tab) =>
        (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({ tabId: tab }),
      tabId,
    );

  it('counts the documents of a UNODC session page on the badge and lists them in the popup', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(LISTING_URL);
    const tabId = await tabIdOf(suite.browser.serviceWorker, LISTING_URL);
    await waitFor(
      () => badgeOf(tabId),
      (text) => text !== '',
    );
    expect(await badgeOf(tabId)).toBe('5');

    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const list = popup.getByRole('region', { name: 'Documents on this page' });
    await list.getByText('5 documents on this page').waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(5);
    await expect(list.getByRole('listitem').first().textContent()).resolves.toContain(
      'A/AC.291/22',
    );
    await expect(
      list
        .getByRole('button', { name: 'Open A/AC.291/22/Rev.1 in Arabic in Redline', exact: true })
        .count(),
    ).resolves.toBe(1);
    await popup.close();
    await page.close();
  });

  it('shows the outline of a draft in the side panel, and its entries scroll the page', async () => {
    const url = serveDraft(suite.server);
    const page = await suite.browser.context.newPage();
    await page.goto(url);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    const tabId = await tabIdOf(suite.browser.serviceWorker, url);
    await waitFor(
      () => badgeOf(tabId),
      (text) => text !== '',
    );

    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByText(/^Outline \(\d+ provisions\)$/).waitFor();
    const toc = panel.getByRole('navigation', { name: 'Outline of the draft' });
    await expect(toc.getByRole('button').count()).resolves.toBeGreaterThanOrEqual(41);
    await toc.getByRole('button', { name: /^Art\. 34 —/ }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    await panel.close();
    await page.close();
  });
});
