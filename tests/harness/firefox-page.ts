/**
 * What a Firefox test does in pages through puppeteer-core: the same in-page steps as the
 * Chromium helpers (select text, read highlights, read the extension's database), and the
 * annotator's toolbar and editor driven with real clicks and key presses.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { CommentFields } from './comment.ts';
import { downloadedFile, type FinishedDownload } from './downloads.ts';
import { paintedTextsInPage, selectTextInPage } from './draft-page.ts';
import { type ChromeApi, readStoreInExtension, waitFor } from './extension-db.ts';
import {
  type Box,
  boxOfTextInPage,
  controlShownInPage,
  type Ink,
  inkOfImage,
  type SelectionAndControl,
  selectionAndControlInPage,
} from './passage-view.ts';

/** Firefox's `browser` in an extension page, for code passed to `evaluate`. */
export type FirefoxApi = ChromeApi & {
  browserAction: ChromeApi['action'];
};
export const firefoxApi = () => (globalThis as unknown as { browser: FirefoxApi }).browser;

/** Reads a whole store of the extension's IndexedDB from one of its pages. */
export async function readFirefoxStore<T = unknown>(extension: Page, store: string): Promise<T[]> {
  return (await extension.evaluate(readStoreInExtension, store)) as T[];
}

/** The id Firefox gave the tab showing `url`, asked of the extension. */
export async function firefoxTabId(extension: Page, url: string): Promise<number> {
  return extension.evaluate(async (target) => {
    const tabs = await (globalThis as unknown as { browser: FirefoxApi }).browser.tabs.query({});
    const tab = tabs.find((candidate) => candidate.url === target);
    if (tab?.id === undefined) throw new Error(`no tab shows ${target}`);
    return tab.id;
  }, url);
}

/** The text of the toolbar button's badge on a tab (`browserAction`: Firefox's build is MV2). */
export async function badgeText(extension: Page, tabId: number): Promise<string> {
  return extension.evaluate(
    (tab) =>
      (globalThis as unknown as { browser: FirefoxApi }).browser.browserAction.getBadgeText({
        tabId: tab,
      }),
    tabId,
  );
}

export async function selectTextIn(page: Page, text: string, after = ''): Promise<void> {
  await page.evaluate(selectTextInPage, { text, after });
}

export async function paintedTextsIn(page: Page): Promise<string[]> {
  return page.evaluate(paintedTextsInPage);
}

/** The first element inside Redline's shadow root matching `selector`, once it is there. */
export async function inRedline(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const found = await page.waitForSelector(`redline-ui >>> ${selector}`, { timeout: 10_000 });
  if (!found) throw new Error(`nothing in Redline's UI matches ${selector}`);
  return found;
}

/** Waits until the text of Redline's UI in the page matches `pattern`. */
export async function redlineSays(page: Page, pattern: RegExp): Promise<void> {
  await waitFor(
    () =>
      page.evaluate(
        () => document.querySelector('redline-ui')?.shadowRoot?.textContent ?? '',
      ) as Promise<string>,
    (text) => pattern.test(text),
  );
}

/** Waits until the text of a whole page (an extension page) matches `pattern`, and returns it. */
export async function pageSays(page: Page, pattern: RegExp, timeoutMs?: number): Promise<string> {
  return waitFor(
    () => page.evaluate(() => document.body.textContent ?? ''),
    (text) => pattern.test(text),
    timeoutMs,
  );
}

/** Clicks the button whose visible text is `label`, inside `scope` (a CSS selector). */
export async function clickButton(page: Page, label: string, scope = 'body'): Promise<void> {
  const button = await page.waitForSelector(`${scope} button::-p-text(${label})`, {
    timeout: 10_000,
  });
  await button?.click();
}

/** Comments on what is selected through the real toolbar and editor, and saves. */
export async function commentOnSelectionIn(page: Page, fields: CommentFields): Promise<void> {
  await (await inRedline(page, '[role="toolbar"] button[title^="Comment"]')).click();
  const editor = '[role="dialog"]';
  await (await inRedline(page, `${editor} textarea[id$="-comment"]`)).type(fields.comment);
  if (fields.replaceWith !== undefined) {
    await (await inRedline(page, `${editor} select[id$="-kind"]`)).select('replace');
    await (await inRedline(page, `${editor} textarea[id$="-proposal"]`)).type(fields.replaceWith);
  }
  if (fields.rationale !== undefined) {
    await (await inRedline(page, `${editor} textarea[id$="-rationale"]`)).type(fields.rationale);
  }
  await (await inRedline(page, `${editor} button::-p-text(Save comment)`)).click();
}

/** The viewport box of `text` in the page, scrolled to the middle or the foot when asked. */
export async function boxOfTextIn(
  page: Page,
  text: string,
  scrollTo?: 'middle' | 'foot',
): Promise<Box> {
  return page.evaluate(boxOfTextInPage, { text, scrollTo });
}

/** The ink and paper in a box of the viewport, from a screenshot of the viewport. */
export async function inkInViewport(page: Page, box: Box): Promise<Ink> {
  const png = await page.screenshot({ captureBeyondViewport: false });
  const viewportWidth = await page.evaluate(() => innerWidth);
  return inkOfImage(png, { box, viewportWidth });
}

/** The selection's boxes and a Redline control's box, once the control is placed. */
export async function selectionAndControlIn(
  page: Page,
  control: '.rl-toolbar' | '.rl-editor',
): Promise<SelectionAndControl> {
  await page.waitForFunction(controlShownInPage, {}, control);
  // One more frame: the place is computed asynchronously after the element shows.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  return page.evaluate(selectionAndControlInPage, control);
}

/** A download the extension finished, found through `browser.downloads`, read from disk. */
export async function finishedDownloadIn(
  extension: Page,
  namePattern: RegExp,
): Promise<FinishedDownload> {
  return downloadedFile(
    () =>
      extension.evaluate(async () => {
        const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
        const found = await api.downloads.search({ state: 'complete' });
        return found.map((item) => item.filename);
      }),
    namePattern,
  );
}
