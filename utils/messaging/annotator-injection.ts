import { browser } from 'wxt/browser';
import { tabMessenger } from './tab.ts';

/** The annotator bundle: injected only into tabs that hold a draft or whose user asked. */
const ANNOTATOR_FILE = '/annotator.js';

async function annotatorPresent(tabId: number): Promise<boolean> {
  try {
    return await tabMessenger.sendMessage('annotator.present', undefined, tabId);
  } catch {
    return false;
  }
}

/** Loads the annotator into a tab once. Needs host access or the user's activeTab grant. */
export async function ensureAnnotator(tabId: number): Promise<void> {
  if (await annotatorPresent(tabId)) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [ANNOTATOR_FILE] });
}
