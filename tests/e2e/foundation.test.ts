import { describe, expect, it } from 'vitest';
import { serveDraft } from '../harness/draft-page.ts';
import { readExtensionStore, waitFor } from '../harness/extension-db.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const HOME = 'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/home.html';

describe('the extension in Chromium', () => {
  const suite = useExtensionBrowser();

  it('runs on a UNODC draft over HTTPS and stores it in the extension database, not the page origin', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(serveDraft(suite.server));

    const documents = await waitFor(
      () =>
        readExtensionStore<{ key: string; url: string; versions: string[] }>(
          suite.browser.serviceWorker,
          'documents',
        ),
      (records) => records.length > 0,
    );
    expect(documents).toHaveLength(1);
    expect(documents[0]?.key).toBe('A/AC.254/4/Rev.11|en');
    expect(documents[0]?.versions[0]).toMatch(/^[0-9a-f]{16}$/);

    const pageDatabases = await page.evaluate(async () =>
      (await indexedDB.databases()).map((db) => db.name),
    );
    expect(pageDatabases).toEqual([]);
    await page.close();
  });

  it('stops at once on a UN page that holds no document, and on pages outside UN hosts', async () => {
    const home = await suite.browser.context.newPage();
    await home.goto(HOME);
    expect(await home.title()).toBe('Ad Hoc Committee on Cybercrime');
    await home.waitForTimeout(500);
    await expect(home.locator('redline-ui').count()).resolves.toBe(0);
    await home.close();

    const page = await suite.browser.context.newPage();
    await page.goto('http://example.org/unodc/en/cybercrime/ad_hoc_committee/home.html');
    await page.waitForTimeout(500);
    const keys = (
      await readExtensionStore<{ key: string }>(suite.browser.serviceWorker, 'documents')
    ).map((d) => d.key);
    expect(keys.some((key) => key.includes('example.org'))).toBe(false);
    await page.close();
  });

  it('renders the popup, the side panel and the options page', async () => {
    const popup = await suite.browser.openExtensionPage('popup.html');
    await expect(popup.getByRole('heading', { name: 'Redline' }).textContent()).resolves.toBe(
      'Redline',
    );
    await popup.close();

    const panel = await suite.browser.openExtensionPage('sidepanel.html');
    await panel.getByRole('heading', { name: 'A/AC.254/4/Rev.11' }).waitFor();
    await panel.close();

    const options = await suite.browser.openExtensionPage('options.html');
    await options.getByLabel('Organisation', { exact: true }).fill('Access Now');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await options.getByText('Profile saved.').waitFor();
    const [profile] = await readExtensionStore<{ organisation: string; authorId: string }>(
      suite.browser.serviceWorker,
      'profile',
    );
    expect(profile?.organisation).toBe('Access Now');
    await options.close();
  });
});
