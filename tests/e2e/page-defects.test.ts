import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { commentOnSelection } from '../harness/comment.ts';
import { DRAFT_URL, paintedTexts, selectText, serveDraft } from '../harness/draft-page.ts';
import { waitFor } from '../harness/extension-db.ts';
import { makeUnPdf, serveUnPdf, UNTOC_PDF_URL } from '../harness/make-un-pdf.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const PASSAGE = 'Organizing, directing, aiding, abetting, facilitating or counselling';
const PDF_PASSAGE = 'The purpose of this Convention';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  text: string;
}

/**
 * What the page strip overlaps now in the viewer: text layer spans drawn in the view and
 * entries of the contents, each with its box. Empty when the strip covers nothing.
 */
function coveredByStrip(viewer: Page): Promise<{ strip: Box; covered: Box[] }> {
  return viewer.evaluate(() => {
    const host = document.querySelector('redline-ui') as Element;
    const strip = host.shadowRoot?.querySelector('aside[aria-label="Redline on this page"]');
    if (!strip) throw new Error('no page strip');
    const box = (element: Element): Box => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom, text: element.textContent?.slice(0, 40) ?? '' };
    };
    const stripBox = box(strip);
    const overlaps = (other: Box) =>
      other.left < stripBox.right &&
      other.right > stripBox.left &&
      other.top < stripBox.bottom &&
      other.bottom > stripBox.top;
    const candidates = [
      ...document.querySelectorAll('.textLayer span'),
      ...document.querySelectorAll('nav[aria-label="Contents"] button'),
    ].map(box);
    return {
      strip: stripBox,
      covered: candidates.filter(
        (candidate) => candidate.text.trim() !== '' && overlaps(candidate),
      ),
    };
  });
}

describe('small defects of the page, each fixed and held by a test', () => {
  const suite = useExtensionBrowser(async (server) => {
    serveDraft(server);
    const made = await makeUnPdf();
    serveUnPdf(server, made.bytes);
  });

  it('after Highlight the selection is gone, so the new highlight shows', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await selectText(page, PASSAGE);
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(PASSAGE);
    await page
      .getByRole('toolbar', { name: /Redline/ })
      .getByRole('button', { name: 'Highlight' })
      .click();
    await waitFor(
      () => paintedTexts(page),
      (texts) => texts.includes(PASSAGE),
    );
    const selection = await page.evaluate(() => {
      const current = document.getSelection();
      return { text: current?.toString(), collapsed: current?.isCollapsed ?? true };
    });
    expect(selection).toEqual({ text: '', collapsed: true });
    // The toolbar went with the selection.
    await page.getByRole('toolbar', { name: /Redline/ }).waitFor({ state: 'detached' });
    await page.close();
  });

  it('the page strip in the PDF viewer covers neither the text nor the contents', async () => {
    const viewer = await suite.browser.openExtensionPage(
      `viewer.html?file=${encodeURIComponent(UNTOC_PDF_URL)}`,
    );
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    await selectText(viewer, PDF_PASSAGE);
    await commentOnSelection(viewer, { comment: 'Cooperation needs safeguards.' });
    const strip = viewer.getByRole('complementary', { name: 'Redline on this page' });
    await strip.getByText(/1 comment/).waitFor();

    // At the top, partway down, and at the end of the document.
    const contents = viewer.getByRole('navigation', { name: 'Contents' });
    for (const article of [undefined, /^Art\. 12 — /, /^Art\. 41 — /]) {
      if (article) await contents.getByRole('button', { name: article }).click();
      await viewer.waitForTimeout(500);
      const { strip: box, covered } = await coveredByStrip(viewer);
      expect(box.bottom - box.top).toBeGreaterThan(10);
      expect(covered, `the strip at ${JSON.stringify(box)}`).toEqual([]);
    }
    // And the text it does not cover is there to be covered: spans are drawn beside it.
    const drawn = await viewer.locator('.textLayer span').count();
    expect(drawn).toBeGreaterThan(50);
    await viewer.close();
  });
});
