import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveFixture } from '../harness/draft-page.ts';
import { tabIdOf, waitFor } from '../harness/extension-db.ts';
import { focusedLabel } from '../harness/keyboard.ts';
import { makeUnPdf, serveUnPdf, UNTOC_PDF_URL } from '../harness/make-un-pdf.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

/** UNCAC as a UNODC draft page: 71 articles in 8 chapters (tests/fixtures/un/README.md). */
const UNCAC_URL = 'https://www.unodc.org/documents/treaties/UNCAC/draft-convention.html';

/** The outline entry the workbench marks as being read, or '' when none is. */
async function reading(panel: Page): Promise<string> {
  const marked = panel.locator('nav[aria-label="Outline of the draft"] [aria-current="location"]');
  return (await marked.count()) === 0 ? '' : ((await marked.textContent()) ?? '');
}

/** Scrolls the page so the heading that reads `heading` stands at `share` of the view's height. */
async function headingAt(page: Page, heading: string, share: number): Promise<void> {
  await page.evaluate(
    ({ heading, share }) => {
      const element = [...document.querySelectorAll('h2, h3')].find(
        (candidate) => candidate.textContent?.trim() === heading,
      );
      if (!element) throw new Error(`no heading ${heading}`);
      const top = element.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - window.innerHeight * share);
    },
    { heading, share },
  );
}

describe('the workbench outline of a long treaty', () => {
  const suite = useExtensionBrowser(async (server) => {
    serveFixture(server, UNCAC_URL, 'uncac-draft.html');
    const made = await makeUnPdf();
    serveUnPdf(server, made.bytes);
  });

  async function openUncac(): Promise<{ page: Page; panel: Page }> {
    const page = await suite.browser.context.newPage();
    await page.goto(UNCAC_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    const tabId = await tabIdOf(suite.browser.serviceWorker, UNCAC_URL);
    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByRole('navigation', { name: 'Outline of the draft' }).waitFor();
    return { page, panel };
  }

  it('lists all 71 articles under their 8 chapters and is walked, folded and followed by keyboard', async () => {
    const { page, panel } = await openUncac();
    const outline = panel.getByRole('navigation', { name: 'Outline of the draft' });
    await panel.getByText('Outline (79 provisions)').waitFor();
    const articles = await outline.getByRole('button', { name: /^Art\. \d+ — / }).allTextContents();
    expect(articles.map((label) => label.split(' — ')[0])).toEqual(
      Array.from({ length: 71 }, (_, i) => `Art. ${i + 1}`),
    );
    expect(articles[14]).toBe('Art. 15 — Bribery of national public officials');
    const chapters = await outline.getByRole('button', { name: /^Chapter [IVX]+ — / }).count();
    expect(chapters).toBe(8);

    // Tab walks the whole outline in reading order: each chapter's fold, the chapter, its articles.
    await outline.getByRole('button', { name: 'Fold Chapter I — GENERAL PROVISIONS' }).focus();
    const stops: string[] = [];
    for (let press = 0; press < 200; press++) {
      const label = await focusedLabel(panel);
      if (!(await outline.evaluate((nav) => nav.contains(document.activeElement)))) break;
      stops.push(label.split('|')[2] ?? '');
      await panel.keyboard.press('Tab');
    }
    expect(stops).toHaveLength(8 * 2 + 71);
    expect(stops.slice(0, 4)).toEqual([
      'Fold Chapter I — GENERAL PROVISIONS',
      'Chapter I — GENERAL PROVISIONS',
      'Art. 1 — Statement of purpose',
      'Art. 2 — Use of terms',
    ]);
    expect(stops.at(-1)).toBe('Art. 71 — Depositary and languages');

    // Enter on a fold closes the chapter: Tab then skips its 28 articles.
    const fold = outline.getByRole('button', { name: /^Fold Chapter IV — / });
    await fold.focus();
    await panel.keyboard.press('Enter');
    await outline.getByRole('button', { name: /^Unfold Chapter IV — / }).waitFor();
    await expect(
      outline.getByRole('button', { name: /^Unfold Chapter IV/ }).getAttribute('aria-expanded'),
    ).resolves.toBe('false');
    await expect(outline.getByRole('button', { name: /^Art\. 44 — / }).count()).resolves.toBe(0);
    await panel.keyboard.press('Tab');
    expect(await focusedLabel(panel)).toMatch(/\|Chapter IV — INTERNATIONAL COOPERATION$/);
    await panel.keyboard.press('Tab');
    expect(await focusedLabel(panel)).toMatch(/\|Fold Chapter V — ASSET RECOVERY$/);
    await panel.keyboard.press('Shift+Tab');
    await panel.keyboard.press('Shift+Tab');
    await panel.keyboard.press(' ');
    await outline.getByRole('button', { name: /^Art\. 44 — / }).waitFor();

    // Enter on an article brings it into view in the page, and the outline marks it as read.
    await outline.getByRole('button', { name: /^Art\. 50 — / }).focus();
    await panel.keyboard.press('Enter');
    // A tab in the background is not rendered, so its scroll events wait: look at it, as a user would.
    await page.bringToFront();
    await waitFor(
      () =>
        page.evaluate(() => {
          const heading = [...document.querySelectorAll('h3')].find(
            (candidate) => candidate.textContent === 'Article 50',
          ) as Element;
          const { top, bottom } = heading.getBoundingClientRect();
          return top >= 0 && bottom <= window.innerHeight;
        }),
      (inView) => inView,
    );
    await waitFor(
      () => reading(panel),
      (entry) => entry.startsWith('Art. 50 — '),
    );
    await Promise.all([panel.close(), page.close()]);
  }, 180_000);

  it('follows the provision being read as the HTML draft scrolls', async () => {
    const { page, panel } = await openUncac();
    await page.bringToFront();
    // A heading above the middle of the view is being read; just below it, the one before is.
    await headingAt(page, 'Article 30', 0.4);
    await waitFor(
      () => reading(panel),
      (entry) => entry === 'Art. 30 — Prosecution, adjudication and sanctions',
    );
    await headingAt(page, 'Article 30', 0.6);
    await waitFor(
      () => reading(panel),
      (entry) => entry.startsWith('Art. 29 — '),
    );
    await headingAt(page, 'Chapter VI', 0.45);
    await waitFor(
      () => reading(panel),
      (entry) => entry === 'Chapter VI — TECHNICAL ASSISTANCE AND INFORMATION EXCHANGE',
    );

    // Far down the treaty: the entry is kept in sight inside the outline's own box.
    await headingAt(page, 'Article 66', 0.2);
    await waitFor(
      () => reading(panel),
      (entry) => entry.startsWith('Art. 66 — '),
    );
    const box = await panel.getByRole('navigation', { name: 'Outline of the draft' }).boundingBox();
    const entry = await panel.locator('[aria-current="location"]').boundingBox();
    expect(box && entry).toBeTruthy();
    if (box && entry) {
      expect(entry.y).toBeGreaterThanOrEqual(box.y);
      expect(entry.y + entry.height).toBeLessThanOrEqual(box.y + box.height + 1);
    }

    // A folded chapter stands for the article read inside it.
    await panel.getByRole('button', { name: /^Fold Chapter VIII — / }).dispatchEvent('click');
    await waitFor(
      () => reading(panel),
      (entry) => entry === 'Chapter VIII — FINAL PROVISIONS',
    );
    await Promise.all([panel.close(), page.close()]);
  });

  it('follows the provision being read as the PDF scrolls in Redline’s viewer', async () => {
    const viewer = await suite.browser.openExtensionPage(
      `viewer.html?file=${encodeURIComponent(UNTOC_PDF_URL)}`,
    );
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    const tabId = await tabIdOf(suite.browser.serviceWorker, viewer.url());
    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByRole('navigation', { name: 'Outline of the draft' }).waitFor();

    // Chosen in the viewer's own contents: the page moves there, the workbench follows.
    await viewer
      .getByRole('navigation', { name: 'Contents' })
      .getByRole('button', { name: /^Art\. 20 — / })
      .click();
    await waitFor(
      () => reading(panel),
      (entry) => entry.startsWith('Art. 20 — '),
    );

    await viewer.bringToFront();
    // Scrolled back by the wheel: the workbench names the article before the first heading the
    // text layer draws below the middle of the view (its own heading may be on a page not drawn).
    await viewer.mouse.move(600, 400);
    await viewer.mouse.wheel(0, -500);
    const expected = await waitFor(
      () =>
        viewer.evaluate(() => {
          for (const span of document.querySelectorAll('.textLayer span')) {
            const match = /^Article (\d+)$/.exec(span.textContent?.trim() ?? '');
            if (match && span.getBoundingClientRect().top > window.innerHeight / 2)
              return `Art. ${Number(match[1]) - 1}`;
          }
          return '';
        }),
      (article) => article !== '' && article !== 'Art. 20',
    );
    await waitFor(
      () => reading(panel),
      (entry) => entry.startsWith(`${expected} — `),
    );
    await Promise.all([panel.close(), viewer.close()]);
  });
});
