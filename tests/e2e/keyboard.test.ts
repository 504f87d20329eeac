import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { finishedDownload, saveDownloadsAsUser } from '../harness/downloads.ts';
import { DRAFT_URL, serveDraft } from '../harness/draft-page.ts';
import {
  type ChromeApi,
  readExtensionStore,
  sendToTab,
  tabIdOf,
  waitFor,
} from '../harness/extension-db.ts';
import { focusedLabel, tabTo } from '../harness/keyboard.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const PASSAGE = 'Organizing, directing, aiding, abetting, facilitating or counselling';
const COMMENT = 'Too broad: counselling reaches lawyers giving advice.';

/** Puts the caret `offset` characters into the passage, where caret browsing would put it. */
async function putCaret(page: Page, passage: string, offset: number): Promise<void> {
  await page.evaluate(
    ({ passage, offset }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(passage) ?? -1;
        if (at < 0) continue;
        document.getSelection()?.collapse(node, at + offset);
        return;
      }
      throw new Error('passage not in the page');
    },
    { passage, offset },
  );
}

describe('a keyboard-only session in Chromium', () => {
  const suite = useExtensionBrowser(
    (server) => {
      serveDraft(server);
    },
    { downloads: true, caretBrowsing: true },
  );

  it('selects with the keyboard, comments through the shortcut, saves, walks the workbench and exports', async () => {
    const commands = (await suite.browser.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: ChromeApi & { commands: { getAll(): Promise<unknown> } };
        }
      ).chrome.commands.getAll(),
    )) as Array<{ name: string; shortcut: string }>;
    // A shortcut that Chromium does not bind is one users do not have.
    expect(commands.find((command) => command.name === 'comment-selection')?.shortcut).toBe(
      'Alt+Shift+K',
    );

    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });

    // The caret (caret browsing) put before the passage, then Shift+Arrow over it.
    await putCaret(page, PASSAGE, 0);
    for (let step = 0; step < PASSAGE.length; step++) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(PASSAGE);
    await page.getByRole('toolbar', { name: /Redline/ }).waitFor();

    // What Alt+Shift+K does (CDP key presses never reach extension commands).
    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    await sendToTab(suite.browser.serviceWorker, tabId, 'annotator.commentOnSelection', undefined);
    const editor = page.getByRole('dialog', { name: /New comment/ });
    await editor.waitFor();
    expect(await focusedLabel(page)).toMatch(/^TEXTAREA/);
    await page.keyboard.type(COMMENT);
    await page.keyboard.press('Control+Enter');
    await editor.waitFor({ state: 'detached' });
    // Focus is back on the page, not lost inside the closed editor.
    expect(await focusedLabel(page)).toMatch(/^BODY/);
    const saved = await waitFor(
      () => readExtensionStore<Annotation>(suite.browser.serviceWorker, 'annotations'),
      (rows) => rows.length === 1,
    );
    expect(saved[0]?.comment).toBe(COMMENT);
    expect(saved[0]?.target.quote.exact).toBe(PASSAGE);
    // Toasts are announced politely.
    await expect(page.locator('redline-ui .rl-toast').getAttribute('aria-live')).resolves.toBe(
      'polite',
    );

    // The caret moving into the highlight says its comment (a painted highlight has no element).
    await putCaret(page, PASSAGE, 10);
    await page.keyboard.press('ArrowRight');
    await page
      .locator('redline-ui .rl-toast')
      .getByText(`Comment on Art. 5(1)(b): ${COMMENT}`)
      .waitFor();

    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await saveDownloadsAsUser(panel);
    await panel.getByText(COMMENT).waitFor();
    await tabTo(panel, /^BUTTON\|tab\|Comments/);
    await panel.keyboard.press('ArrowRight');
    expect(await focusedLabel(panel)).toMatch(/Revisions$/);
    await panel.keyboard.press('ArrowRight');
    expect(await focusedLabel(panel)).toMatch(/Export$/);
    await panel.keyboard.press('Enter');
    await panel
      .getByRole('form', { name: 'Export a submission' })
      .getByText('1 comment from 1 set')
      .waitFor();
    await tabTo(panel, /^BUTTON\|\|Export/);
    await panel.keyboard.press('Enter');
    const file = await finishedDownload(suite.browser.serviceWorker, /\.(docx|md|csv|json)$/);
    expect(file.bytes.length).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });
});
