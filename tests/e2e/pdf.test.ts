import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { commentOnSelection } from '../harness/comment.ts';
import { DRAFT_URL, LISTING_URL, paintedTexts, serveDraft } from '../harness/draft-page.ts';
import { readExtensionStore, tabIdOf, waitFor } from '../harness/extension-db.ts';
import {
  makeUnPdf,
  UNTOC_PDF_SYMBOL as SYMBOL,
  serveListingWithDraft,
  serveUnPdf,
  UNTOC_PDF_URL,
  type UnPdf,
} from '../harness/make-un-pdf.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const COMMENT = 'Bank secrecy must never shield the proceeds of corruption.';

/** Selects from `tail` at the foot of one page to `head` at the top of the next, as a drag would. */
async function selectAcrossPages(viewer: Page, tail: string, head: string, page: number) {
  await viewer.evaluate(
    ({ tail, head, page }) => {
      const spanWith = (pageNumber: number, text: string, last: boolean) => {
        const spans = [
          ...document.querySelectorAll(`.page[data-page="${pageNumber}"] .textLayer span`),
        ].filter((span) => span.textContent?.includes(text));
        const span = last ? spans.at(-1) : spans[0];
        if (!span?.firstChild) throw new Error(`no span with ${text} on page ${pageNumber}`);
        return span.firstChild as Text;
      };
      const start = spanWith(page, tail, true);
      const end = spanWith(page + 1, head, false);
      const range = document.createRange();
      range.setStart(start, start.data.lastIndexOf(tail));
      range.setEnd(end, end.data.indexOf(head) + head.length);
      const selection = window.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      const rect = range.getBoundingClientRect();
      document.dispatchEvent(
        new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }),
      );
    },
    { tail, head, page },
  );
}

describe('PDF drafts in Redline’s viewer', () => {
  let made: UnPdf;
  const suite = useExtensionBrowser(async (server) => {
    made = await makeUnPdf();
    serveUnPdf(server, made.bytes);
    serveListingWithDraft(server);
    serveDraft(server);
  });

  const annotations = () =>
    readExtensionStore<Annotation>(suite.browser.serviceWorker, 'annotations');

  it('opens the PDF from the listing’s popup, comments across a page break, and finds it again after a reload', async () => {
    const listing = await suite.browser.context.newPage();
    await listing.goto(LISTING_URL);
    const listingTab = await tabIdOf(suite.browser.serviceWorker, LISTING_URL);
    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${listingTab}`);
    const opening = suite.browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: `Open ${SYMBOL} in English in Redline` }).click();
    const viewer = await opening;
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
    expect(new URL(viewer.url()).searchParams.get('file')).toBe(UNTOC_PDF_URL);
    await expect(viewer.title()).resolves.toContain(SYMBOL);
    await expect(
      viewer.getByRole('navigation', { name: 'Contents' }).getByRole('button').count(),
    ).resolves.toBeGreaterThanOrEqual(41);

    const crossing = made.breaks.find((one) => !one.lastLine.endsWith('-')) as UnPdf['breaks'][0];
    const tail = crossing.lastLine.split(' ').slice(-4).join(' ');
    const head = crossing.firstLine.split(' ').slice(0, 4).join(' ');
    await viewer
      .getByRole('textbox', { name: 'Page' })
      .or(viewer.locator('input[name="page"]'))
      .fill(String(crossing.page));
    await viewer.locator('input[name="page"]').press('Enter');
    await viewer.locator(`.page[data-page="${crossing.page + 1}"][data-rendered]`).waitFor();
    await viewer.locator(`.page[data-page="${crossing.page}"][data-rendered]`).waitFor();
    await selectAcrossPages(viewer, tail, head, crossing.page);
    await commentOnSelection(viewer, { comment: COMMENT });
    const [saved] = await waitFor(annotations, (list) => list.length === 1);
    expect(saved?.target.quote.exact).toBe(`${tail} ${head}`);
    expect(saved?.documentKey).toBe(`${SYMBOL}|en`);
    expect(saved?.provision).toMatch(/^Art\. 12\(/);

    await viewer.reload();
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
    await viewer.locator('input[name="page"]').fill(String(crossing.page));
    await viewer.locator('input[name="page"]').press('Enter');
    await viewer.locator(`.page[data-page="${crossing.page + 1}"][data-rendered]`).waitFor();
    await expect.poll(() => paintedTexts(viewer)).toEqual([tail, head]);

    // Tab addresses of extension pages are hidden from the worker; the page knows its own tab.
    const viewerTab = await viewer.evaluate(
      async () =>
        (
          await (
            globalThis as unknown as { chrome: typeof import('wxt/browser').browser }
          ).chrome.tabs.getCurrent()
        )?.id,
    );
    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${viewerTab}`);
    const group = panel.getByRole('region', { name: saved?.provision as string });
    await group.getByText(COMMENT).waitFor();
    await expect(group.locator('.status').textContent()).resolves.toBe('Exact');
    await Promise.all([panel.close(), popup.close(), listing.close(), viewer.close()]);
  });

  it('shows the same comment on the HTML version of the same symbol and language', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    const [saved] = await annotations();
    await expect.poll(() => paintedTexts(page)).toEqual([saved?.target.quote.exact]);
    await page.close();
  });

  it('says in plain words when the file is not a PDF', async () => {
    const viewer = await suite.browser.openExtensionPage(
      `viewer.html?file=${encodeURIComponent(DRAFT_URL)}`,
    );
    await expect(viewer.getByRole('alert').textContent()).resolves.toMatch(
      /is not a PDF Redline can read/,
    );
    await viewer.close();
  });

  it('opens UN PDFs in Redline always, once the popup’s setting is on', async () => {
    const popup = await suite.browser.openExtensionPage('popup.html');
    await popup.getByLabel('Always open UN PDFs in Redline').check();
    await waitFor(
      () =>
        suite.browser.serviceWorker.evaluate(
          async () =>
            (
              await (
                globalThis as unknown as { chrome: typeof import('wxt/browser').browser }
              ).chrome.declarativeNetRequest.getDynamicRules()
            ).length,
        ),
      (count) => count === 1,
    );
    const page = await suite.browser.context.newPage();
    await page.goto(UNTOC_PDF_URL).catch(() => undefined);
    await page.waitForURL(/viewer\.html\?file=/);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
    await Promise.all([page.close(), popup.close()]);
  });
});
