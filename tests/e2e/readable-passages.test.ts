import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DRAFT_URL, paintedTexts, selectText, serveDraft } from '../harness/draft-page.ts';
import { makeUnPdf, serveUnPdf, UNTOC_PDF_URL } from '../harness/make-un-pdf.ts';
import {
  type Box,
  boxOfText,
  expectBeside,
  expectReadable,
  type Ink,
  inkIn,
  selectionAndControl,
} from '../harness/passage-view.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

/**
 * Passages of Art. 6(1)(a)(i) of the convention, one for the HTML draft and one for the PDF made
 * from the same text (the same document: a comment on one shows on the other).
 */
const HTML_PASSAGE = 'conversion or transfer of property';
const PDF_PASSAGE = 'illicit origin of the property';

/**
 * The user's path over one passage: select it at the foot of the viewport (toolbar flips above
 * it), comment (editor beside, above or below it, never on it), save; then the highlight.
 */
async function commentAndLook(page: Page, passage: string): Promise<{ before: Ink; after: Ink }> {
  const before = await inkIn(page, await boxOfText(page, passage, 'middle'));

  const atFoot = await boxOfText(page, passage, 'foot');
  expect(atFoot.bottom).toBeGreaterThan((page.viewportSize()?.height ?? 0) - 40);
  await selectText(page, passage);
  const toolbar = await selectionAndControl(page, '.rl-toolbar');
  expectBeside(toolbar);
  const [first] = toolbar.selection as [Box];
  expect(toolbar.control.bottom).toBeLessThanOrEqual(first.top);

  await page
    .getByRole('toolbar', { name: /Redline/ })
    .getByRole('button', { name: 'Comment' })
    .click();
  // The editor takes the focus, which empties the page's selection: the passage's boxes are the
  // ones the toolbar was measured against.
  expectBeside({
    ...(await selectionAndControl(page, '.rl-editor')),
    selection: toolbar.selection,
  });
  const editor = page.getByRole('dialog', { name: /New comment/ });
  await editor.getByLabel('Comment').fill('Prevention needs civil society at the table.');
  await editor.getByRole('button', { name: 'Save comment' }).click();
  await expect.poll(() => paintedTexts(page)).toContain(passage);

  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.getByRole('button', { name: 'Dismiss' }).click();
  const after = await inkIn(page, await boxOfText(page, passage, 'middle'));
  return { before, after };
}

describe('Passages stay readable: highlights over the words, controls beside them', () => {
  const suite = useExtensionBrowser(async (server) => {
    const made = await makeUnPdf();
    serveUnPdf(server, made.bytes);
    serveDraft(server);
  });

  it('on an HTML draft', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    const { before, after } = await commentAndLook(page, HTML_PASSAGE);
    expectReadable(before, after);
    await page.close();
  });

  it('in Redline’s PDF viewer', async () => {
    const viewer = await suite.browser.openExtensionPage(
      `viewer.html?file=${encodeURIComponent(UNTOC_PDF_URL)}`,
    );
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
    await viewer.locator('.page[data-page="1"][data-rendered]').waitFor();
    const { before, after } = await commentAndLook(viewer, PDF_PASSAGE);
    expectReadable(before, after);
    await viewer.close();
  });
});
