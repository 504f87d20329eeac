import { browser } from 'wxt/browser';
import { subscribeToLanguage, t } from '../../utils/i18n/ui-language.ts';
import { ensureAnnotator } from '../../utils/messaging/annotator-injection.ts';
import { tabMessenger } from '../../utils/messaging/tab.ts';

const MENU_COMMENT = 'redline-comment-selection';

/** The context menu item and keyboard commands that act on the page's selection. */
export function handleSelectionActions(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_COMMENT,
      title: t('menu.commentOnSelection'),
      contexts: ['selection'],
    });
  });
  // The item outlives the worker: it is renamed when the language changes or the worker wakes.
  subscribeToLanguage(() => {
    browser.contextMenus
      .update(MENU_COMMENT, { title: t('menu.commentOnSelection') })
      .catch(() => undefined /* not created yet: onInstalled names it */);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_COMMENT && tab?.id !== undefined) void commentOn(tab.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === 'comment-selection') void commentOn(tab.id);
    if (command === 'highlight-selection') void highlightIn(tab.id);
  });
}

async function commentOn(tabId: number): Promise<void> {
  await ensureAnnotator(tabId);
  await tabMessenger.sendMessage('annotator.commentOnSelection', undefined, tabId);
}

async function highlightIn(tabId: number): Promise<void> {
  await ensureAnnotator(tabId);
  await tabMessenger.sendMessage('annotator.highlightSelection', undefined, tabId);
}
