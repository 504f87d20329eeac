import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { recordDocument } from '../utils/db/documents.ts';
import { getDb } from '../utils/db/index.ts';
import { handle } from '../utils/messaging/handle.ts';

export default defineBackground(() => {
  const db = getDb();

  handle('ping', async () => ({ version: browser.runtime.getManifest().version }));

  handle('documentSeen', async ({ documentCount, ...seen }, sender) => {
    const record = await recordDocument(db, seen);
    if (sender.tabId !== undefined) await showDocumentCount(sender.tabId, documentCount);
    return record;
  });
});

async function showDocumentCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}
