import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../harness/browser.ts';
import { serveDraft } from '../harness/draft-page.ts';
import { readExtensionStore, waitFor } from '../harness/extension-db.ts';
import { type FixtureServer, startFixtureServer } from '../harness/fixture-server.ts';

const HOME = 'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/home.html';

describe('the extension in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension(server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs on a UNODC draft over HTTPS and stores it in the extension database, not the page origin', async () => {
    const page = await browser.context.newPage();
    await page.goto(serveDraft(server));

    const documents = await waitFor(
      () =>
        readExtensionStore<{ key: string; url: string; versions: string[] }>(
          browser.serviceWorker,
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
    const home = await browser.context.newPage();
    await home.goto(HOME);
    expect(await home.title()).toBe('Ad Hoc Committee on Cybercrime');
    await home.waitForTimeout(500);
    await expect(home.locator('redline-ui').count()).resolves.toBe(0);
    await home.close();

    const page = await browser.context.newPage();
    await page.goto('http://example.org/unodc/en/cybercrime/ad_hoc_committee/home.html');
    await page.waitForTimeout(500);
    const keys = (
      await readExtensionStore<{ key: string }>(browser.serviceWorker, 'documents')
    ).map((d) => d.key);
    expect(keys.some((key) => key.includes('example.org'))).toBe(false);
    await page.close();
  });

  it('renders the popup, the side panel and the options page', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await expect(popup.getByRole('heading', { name: 'Redline' }).textContent()).resolves.toBe(
      'Redline',
    );
    await popup.close();

    const panel = await browser.openExtensionPage('sidepanel.html');
    await panel.getByRole('heading', { name: 'A/AC.254/4/Rev.11' }).waitFor();
    await panel.close();

    const options = await browser.openExtensionPage('options.html');
    await options.getByLabel('Organisation', { exact: true }).fill('Access Now');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await options.getByText('Profile saved.').waitFor();
    const [profile] = await readExtensionStore<{ organisation: string; authorId: string }>(
      browser.serviceWorker,
      'profile',
    );
    expect(profile?.organisation).toBe('Access Now');
    await options.close();
  });
});
