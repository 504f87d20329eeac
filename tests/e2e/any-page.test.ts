import { describe, expect, it } from 'vitest';
import { commentThroughUi } from '../harness/comment.ts';
import { activeTabId, tabIdOf } from '../harness/extension-db.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const UN_HOME = 'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/home.html';
/** A UN page that cites articles of a convention and holds no draft. */
const UN_NEWS = 'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/news.html';
const ELSEWHERE = 'http://example.org/unodc/en/cybercrime/ad_hoc_committee/home.html';

describe('annotating a page on request', () => {
  const suite = useExtensionBrowser();

  it('annotates a page that is not a draft when the user asks from the popup', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(UN_HOME);
    const tabId = await tabIdOf(suite.browser.serviceWorker, UN_HOME);
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Annotate this page' }).click();
    await popup.getByText('Redline is on this page').waitFor();
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await commentThroughUi(
      page,
      'decided to establish an open-ended ad hoc intergovernmental committee',
      { comment: 'Note the mandate.' },
    );
    await popup.close();
    await page.close();
  });

  it("posts nothing to a UN page's own message listeners while it looks at the page", async () => {
    const page = await suite.browser.context.newPage();
    // The page's own listener, there before any script of the page or of Redline runs.
    await page.addInitScript(() => {
      const heard: unknown[] = [];
      (globalThis as unknown as { heard: unknown[] }).heard = heard;
      addEventListener('message', (event) => heard.push(event.data));
    });
    await page.goto(UN_HOME);
    await page.waitForFunction(() => performance.getEntriesByName('redline:detect').length > 0);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    await expect(
      page.evaluate(() => (globalThis as unknown as { heard: unknown[] }).heard),
    ).resolves.toEqual([]);
    await page.close();
  });

  it('leaves nothing on a UN page that looked like a draft and held none, and annotates it when asked', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(UN_NEWS);
    // The page cites articles: the annotator loads while the content script reads it, then
    // finds that it holds no draft.
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('redline:detect').length > 0 &&
        performance.getEntriesByName('redline:annotator-start').length > 0,
    );
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    await expect(page.locator('redline-ui').count()).resolves.toBe(0);
    const tabId = await tabIdOf(suite.browser.serviceWorker, UN_NEWS);
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Annotate this page' }).click();
    await popup.getByText('Redline is on this page').waitFor();
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await commentThroughUi(page, 'criminalization of the laundering of proceeds of crime', {
      comment: 'Compare with the draft’s money-laundering article.',
    });
    await popup.close();
    await page.close();
  });

  it('holds no standing permission on other sites: without the user’s click it cannot run there', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(ELSEWHERE);
    // Without host access the extension cannot even read this tab's address: find it as active.
    await page.bringToFront();
    const tabId = await activeTabId(suite.browser.serviceWorker);
    // Opened as a tab, the popup carries no activeTab grant for the page, as no toolbar click happened.
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Annotate this page' }).click();
    await expect(
      popup.getByText(/Redline cannot annotate this page/).textContent(),
    ).resolves.toMatch(/permission|Cannot access/i);
    await expect(page.locator('redline-ui').count()).resolves.toBe(0);
    await popup.close();
    await page.close();
  });
});
