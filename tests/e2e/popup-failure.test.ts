import { describe, expect, it } from 'vitest';
import { OVERLONG_DRAFT_URL, serveDraft } from '../harness/draft-page.ts';
import { tabIdOf } from '../harness/extension-db.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

describe('the popup when Redline could not start on a page, in Chromium', () => {
  const suite = useExtensionBrowser((server) => {
    serveDraft(server, OVERLONG_DRAFT_URL);
  });

  it('says so with the reason, and starts Redline on Try again once it can', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(OVERLONG_DRAFT_URL);
    const tabId = await tabIdOf(suite.browser.serviceWorker, OVERLONG_DRAFT_URL);
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const alert = popup.getByRole('alert', { name: 'Redline is not running on this page' });
    await alert.waitFor({ timeout: 20_000 });
    // A sentence that says what to do; zod's own words only under Technical details.
    await alert
      .getByText(
        /address is longer than Redline can record\. Open the document at a shorter address/,
      )
      .waitFor();
    const details = alert.getByText(/^invalid-request: [\s\S]*<=4096 characters[\s\S]*at url/);
    await expect(details.isVisible()).resolves.toBe(false);
    await alert.getByText('Technical details').click();
    await details.waitFor();
    await expect(page.locator('redline-ui').count()).resolves.toBe(0);

    // The page drops the parameter from its address, as sites do; trying again now works.
    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    await alert.getByRole('button', { name: 'Try again' }).click();
    await alert.waitFor({ state: 'detached' });
    await popup.getByText('Redline is on this page: select a passage to comment on it.').waitFor();
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await Promise.all([popup.close(), page.close()]);
  });
});
