import { browser } from 'wxt/browser';
import { ensureAnnotator } from '../../utils/messaging/annotator-injection.ts';
import { tabMessenger } from '../../utils/messaging/tab.ts';

const MENU_COMMENT = 'redline-comment-selection';

/** The context menu item and keyboard commands that act on the page's selection. */
export function handleSelectionActions(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_COMMENT,
      title: 'Comment on selection in Redline',
      contexts: ['selection'],
    });
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
