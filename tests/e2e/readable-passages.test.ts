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
  nextFrame,
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

/**
 * A few frames and their observers' callbacks: what the annotator places after the page moved
 * (on scroll, resize or an element's move) is placed by then.
 */
async function settled(page: Page): Promise<void> {
  for (let frame = 0; frame < 3; frame += 1) await nextFrame(page);
  await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
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

  it('keeps the toolbar where it was placed while the page scrolls, and under a press', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await boxOfText(page, HTML_PASSAGE, 'foot');
    await selectText(page, HTML_PASSAGE);
    const atFoot = await selectionAndControl(page, '.rl-toolbar');
    const gapAtFoot = (atFoot.selection[0] as Box).top - atFoot.control.bottom;
    expect(gapAtFoot).toBeGreaterThanOrEqual(0);

    // In the middle of the viewport it would fit below the passage: it stays above, where the
    // pointer may already be on its way to it.
    await boxOfText(page, HTML_PASSAGE, 'middle');
    await settled(page);
    const inMiddle = await selectionAndControl(page, '.rl-toolbar');
    expect((inMiddle.selection[0] as Box).top - inMiddle.control.bottom).toBeCloseTo(gapAtFoot, 0);

    // A press on Comment, then content arrives above the passage before the press ends: the
    // toolbar stays under the pointer, so the press is a click and the editor opens.
    const comment = page
      .getByRole('toolbar', { name: /Redline/ })
      .getByRole('button', { name: 'Comment' });
    const pressed = (await comment.boundingBox()) as NonNullable<
      Awaited<ReturnType<typeof comment.boundingBox>>
    >;
    await page.mouse.move(pressed.x + pressed.width / 2, pressed.y + pressed.height / 2);
    await page.mouse.down();
    const passageBefore = await boxOfText(page, HTML_PASSAGE);
    await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node as Text).data.includes(text)) continue;
        const late = document.createElement('div');
        late.style.height = '120px';
        node.parentElement?.before(late);
        return;
      }
    }, HTML_PASSAGE);
    await settled(page);
    expect((await boxOfText(page, HTML_PASSAGE)).top - passageBefore.top).toBeGreaterThan(100);
    expect(await comment.boundingBox()).toEqual(pressed);
    await page.mouse.up();
    await page.getByRole('dialog', { name: /New comment/ }).waitFor();
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
