import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import {
  DRAFT_URL,
  highlightBox,
  paintedTexts,
  selectText,
  serveDraft,
} from '../harness/draft-page.ts';
import {
  activeTabId,
  readExtensionStore,
  sendToTab,
  tabIdOf,
  waitFor,
} from '../harness/extension-db.ts';
import { boxOfText, overlaps } from '../harness/passage-view.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const PASSAGE = 'Organizing, directing, aiding, abetting, facilitating or counselling';

describe('annotating a draft in Chromium', () => {
  const suite = useExtensionBrowser((server) => {
    serveDraft(server);
  });

  const annotations = () =>
    readExtensionStore<Annotation>(suite.browser.serviceWorker, 'annotations');

  it('comments with an amendment, and finds the comment again after a reload', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });

    await selectText(page, PASSAGE);
    await page
      .getByRole('toolbar', { name: /Redline/ })
      .getByRole('button', { name: 'Comment' })
      .click();
    const editor = page.getByRole('dialog', { name: /New comment/ });
    await expect(editor.textContent()).resolves.toContain('Art. 5(1)(b)');
    await editor.getByLabel('Comment').fill('Aiding and abetting is too broad for journalists.');
    await editor.getByLabel('Proposed amendment').selectOption('replace');
    await editor
      .getByLabel('Proposed text')
      .fill('Organizing, directing or knowingly facilitating');
    await expect(editor.locator('del').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('aiding')]),
    );
    await expect(editor.locator('ins').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringContaining('knowingly')]),
    );
    await editor.getByLabel('Rationale').fill('Article 19 ICCPR.');
    await editor.getByRole('button', { name: 'Save comment' }).click();
    await page.getByText(/Comment saved on Art\. 5\(1\)\(b\)/).waitFor();

    const [saved] = await waitFor(annotations, (list) => list.length === 1);
    expect(saved?.provision).toBe('Art. 5(1)(b)');
    expect(saved?.target.quote.exact).toBe(PASSAGE);
    expect(saved?.proposal).toEqual({
      kind: 'replace',
      text: 'Organizing, directing or knowingly facilitating',
    });

    await page.reload();
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
    await page.close();
  });

  it('puts the highlights back when the page re-renders its text', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
    // The highlights show before the annotator has loaded: it watches the page once it has.
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    // A page script rebuilds the draft's DOM, as single-page sites do: the old ranges die.
    await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      main.replaceChildren(...[...main.childNodes].map((node) => node.cloneNode(true)));
    });
    // Re-reading waits for the page to settle (debounced), then reads and anchors it again.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const texts: string[] = [];
          for (const [name, highlight] of CSS.highlights) {
            if (!name.startsWith('redline-')) continue;
            for (const range of highlight) {
              if ((range as Range).startContainer.isConnected) texts.push(range.toString());
            }
          }
          return texts;
        }),
      )
      .toEqual([PASSAGE]);
    await page.close();
  });

  it('lists the comment under its provision in the side panel, and the side panel shows its passage', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    const group = panel.getByRole('region', { name: 'Art. 5(1)(b)' });
    await group.getByText('Aiding and abetting is too broad for journalists.').waitFor();
    await expect(group.locator('.status').textContent()).resolves.toBe('Exact');
    await expect(panel.getByRole('status').first().textContent()).resolves.toContain(
      '1 of 1 comment ·',
    );
    await group.getByRole('button', { name: /Show the passage/ }).click();
    // The workbench's views are tabs a keyboard moves between with the arrow keys.
    await panel.getByRole('tab', { name: 'Comments' }).focus();
    await panel.keyboard.press('ArrowRight');
    await expect(
      panel.getByRole('tab', { name: 'Revisions' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await expect(panel.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Revisions',
    );
    await page.bringToFront();
    await panel.close();
    await page.close();
  });

  it('shows an edit made in one tab in another tab without a reload', async () => {
    const first = await suite.browser.context.newPage();
    await first.goto(DRAFT_URL);
    const second = await suite.browser.context.newPage();
    await second.goto(DRAFT_URL);
    await expect.poll(() => paintedTexts(second)).toEqual([PASSAGE]);
    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByText('Aiding and abetting is too broad for journalists.').waitFor();

    await first.bringToFront();
    await expect.poll(() => paintedTexts(first)).toEqual([PASSAGE]);
    await first.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    const box = await highlightBox(first, PASSAGE);
    await first.mouse.click(box.x, box.y);
    const editor = first.getByRole('dialog', { name: /Edit comment/ });
    await editor.getByLabel('Comment').fill('Too broad: covers legitimate journalism.');
    await editor.getByRole('button', { name: 'Save comment' }).click();

    await panel.getByText('Too broad: covers legitimate journalism.').waitFor();
    await second.bringToFront();
    const id = (await annotations())[0]?.id as string;
    const secondTab = await activeTabId(suite.browser.serviceWorker);
    await sendToTab(suite.browser.serviceWorker, secondTab, 'annotator.focusAnnotation', { id });
    const secondBox = await highlightBox(second, PASSAGE);
    await second.mouse.click(secondBox.x, secondBox.y);
    await expect(
      second
        .getByRole('dialog', { name: /Edit comment/ })
        .getByLabel('Comment')
        .inputValue(),
    ).resolves.toBe('Too broad: covers legitimate journalism.');
    const [stored] = await annotations();
    expect(stored?.comment).toBe('Too broad: covers legitimate journalism.');
    await Promise.all([first.close(), second.close(), panel.close()]);
  });

  it('keeps both versions when two tabs edit the same comment at once', async () => {
    const [first, second] = [
      await suite.browser.context.newPage(),
      await suite.browser.context.newPage(),
    ];
    for (const page of [first, second]) {
      await page.goto(DRAFT_URL);
      await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
      await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    }
    const editors = [];
    for (const page of [first, second]) {
      await page.bringToFront();
      const box = await highlightBox(page, PASSAGE);
      await page.mouse.click(box.x, box.y);
      editors.push(page.getByRole('dialog', { name: /Edit comment/ }));
    }
    const [editorA, editorB] = editors as [Locator, Locator];
    await editorB.getByLabel('Comment').fill('Version from the second tab.');
    await editorB.getByRole('button', { name: 'Save comment' }).click();
    await second.getByText(/^Comment saved on/).waitFor();

    await first.bringToFront();
    await editorA.getByLabel('Comment').fill('Version from the first tab, written later.');
    await editorA.getByRole('button', { name: 'Save comment' }).click();
    await first.getByText(/Another tab changed this comment meanwhile/).waitFor();
    expect((await annotations())[0]?.comment).toBe('Version from the first tab, written later.');

    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByText('1 other version edited at the same time').click();
    await panel.getByText('Version from the second tab.').waitFor();
    await panel.getByRole('button', { name: 'Restore this version' }).click();
    await waitFor(annotations, (list) => list[0]?.comment === 'Version from the second tab.');
    await Promise.all([first.close(), second.close(), panel.close()]);
  });

  it('deletes a comment and brings it back with Undo', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    const id = (await annotations())[0]?.id as string;
    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    await sendToTab(suite.browser.serviceWorker, tabId, 'annotator.focusAnnotation', { id });
    const box = await highlightBox(page);
    await page.mouse.click(box.x, box.y);
    await page
      .getByRole('dialog', { name: /Edit comment/ })
      .getByRole('button', { name: 'Delete comment' })
      .click();
    await page.getByText('Comment deleted.').waitFor();
    await expect.poll(() => paintedTexts(page)).toEqual([]);
    expect((await annotations())[0]?.deleted).toBe(true);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
    expect((await annotations())[0]?.deleted).toBeUndefined();
    await page.close();
  });

  it('saves a comment in the set the user chooses', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByRole('tab', { name: 'Sets' }).click();
    const form = panel.getByRole('form', { name: 'New set' });
    await form.getByLabel('Name').fill('Coalition joint submission');
    await form.getByRole('button', { name: 'New set' }).click();
    const sets = () =>
      readExtensionStore<{ id: string; name: string }>(suite.browser.serviceWorker, 'sets');
    const [coalition] = (
      await waitFor(sets, (list) => list.some((set) => set.name === 'Coalition joint submission'))
    ).filter((set) => set.name === 'Coalition joint submission');
    await panel.close();

    await page.reload();
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await selectText(page, 'may be inferred from objective factual circumstances');
    await page
      .getByRole('toolbar', { name: /Redline/ })
      .getByRole('button', { name: 'Comment' })
      .click();
    const editor = page.getByRole('dialog', { name: /New comment/ });
    await editor.getByLabel('Save in set').selectOption({ label: 'Coalition joint submission' });
    await editor.getByLabel('Comment').fill('Joint position: strike the inference.');
    await editor.getByRole('button', { name: 'Save comment' }).click();
    const saved = await waitFor(annotations, (list) =>
      list.some((a) => a.comment === 'Joint position: strike the inference.'),
    );
    expect(saved.find((a) => a.comment.startsWith('Joint'))?.setId).toBe(coalition?.id);

    // Each layer can be hidden from the page itself, and comes back when shown again.
    const strip = page.getByRole('complementary', { name: 'Redline on this page' });
    await expect.poll(() => strip.getByRole('status').textContent()).toBe('2 comments');
    await strip.getByRole('button', { name: 'Layers' }).click();
    await strip.getByLabel(/Coalition joint submission/).uncheck();
    await expect.poll(() => paintedTexts(page)).toEqual([PASSAGE]);
    await strip.getByLabel(/Coalition joint submission/).check();
    await expect.poll(async () => (await paintedTexts(page)).length).toBe(2);
    await page.close();
  });

  it('keeps a half-written comment when the tab closes, and offers it again', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await selectText(page, 'The knowledge, intent, aim, purpose or agreement');
    await page
      .getByRole('toolbar', { name: /Redline/ })
      .getByRole('button', { name: 'Comment' })
      .click();
    const editor = page.getByRole('dialog', { name: /New comment/ });
    await editor.getByLabel('Comment').pressSequentially('Inferring intent from circumstances');
    await waitFor(
      () =>
        readExtensionStore<{ fields: { comment: string } }>(suite.browser.serviceWorker, 'drafts'),
      (drafts) => drafts[0]?.fields.comment === 'Inferring intent from circumstances',
    );
    await page.close();

    const again = await suite.browser.context.newPage();
    await again.goto(DRAFT_URL);
    const restored = again.getByRole('dialog', { name: /New comment/ });
    await restored.getByText('Restored your unsent comment.').waitFor();
    await expect(restored.getByLabel('Comment').inputValue()).resolves.toBe(
      'Inferring intent from circumstances',
    );
    await expect(restored.textContent()).resolves.toContain('Art. 5(2)');
    // Reopened beside its passage, scrolled into view — not in a corner of the page.
    const viewportHeight = again.viewportSize()?.height ?? 0;
    await expect
      .poll(async () => {
        const passage = await boxOfText(again, 'The knowledge, intent, aim, purpose or agreement');
        const box = await restored.boundingBox();
        if (!box) return 'no editor';
        const editor = {
          left: box.x,
          top: box.y,
          right: box.x + box.width,
          bottom: box.y + box.height,
        };
        const gap = Math.max(
          editor.left - passage.right,
          passage.left - editor.right,
          editor.top - passage.bottom,
          passage.top - editor.bottom,
        );
        return {
          passageInView: passage.top >= 0 && passage.bottom <= viewportHeight,
          covered: overlaps(passage, editor),
          beside: gap <= 32,
        };
      })
      .toEqual({ passageInView: true, covered: false, beside: true });
    await again.close();
  });
});
