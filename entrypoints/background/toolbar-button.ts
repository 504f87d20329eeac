import { browser } from 'wxt/browser';

/**
 * The toolbar button: `action` in Manifest V3 (Chrome), `browserAction` in the Manifest V2
 * build Firefox gets, which has no `action`.
 */
export const toolbarButton: typeof browser.action =
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
