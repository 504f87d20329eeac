import { browser } from 'wxt/browser';
import { tabMessenger } from './tab.ts';

/** The annotator bundle: injected only into tabs that hold a draft or whose user asked. */
const ANNOTATOR_FILE = '/annotator.js';
/** Its view, which the annotator asks for once it painted the highlights. */
const ANNOTATOR_VIEW_FILE = '/annotator-view.js';

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
  await injectAnnotator(tabId);
}

/**
 * Loads the annotator without asking the tab first, for a page that has none yet: its content
 * script just started. Loaded twice, the annotator keeps the first.
 */
export async function injectAnnotator(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [ANNOTATOR_FILE] });
}

/** Loads the annotator's view into a tab whose annotator asked for it. */
export async function injectAnnotatorView(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [ANNOTATOR_VIEW_FILE] });
}
