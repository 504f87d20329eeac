import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../harness/axe.ts';
import { commentOnSelection } from '../harness/comment.ts';
import { DRAFT_URL, LISTING_URL, selectText, serveDraft } from '../harness/draft-page.ts';
import { tabIdOf } from '../harness/extension-db.ts';
import { focusedLabel } from '../harness/keyboard.ts';
import { makeUnPdf, serveUnPdf, UNTOC_PDF_URL } from '../harness/make-un-pdf.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const PASSAGE = 'Organizing, directing, aiding, abetting, facilitating or counselling';

/** Relative luminance (WCAG) of the computed background of `selector`, 0 black to 1 white. */
function backgroundLuminance(page: Page, selector = 'body'): Promise<number> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector) as Element;
    const [r = 0, g = 0, b = 0] = (getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? [])
      .slice(0, 3)
      .map(Number);
    const linear = (channel: number) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }, selector);
}

/** How many pixels of a PNG differ between two screenshots of the same region. */
async function changedPixels(before: Buffer, after: Buffer): Promise<number> {
  const [a, b] = await Promise.all([loadImage(before), loadImage(after)]);
  const { createCanvas } = await import('@napi-rs/canvas');
  const read = (image: typeof a) => {
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, image.width, image.height).data;
  };
  const [pa, pb] = [read(a), read(b)];
  let changed = 0;
  for (let i = 0; i < pa.length; i += 4) {
    if (
      Math.abs((pa[i] ?? 0) - (pb[i] ?? 0)) +
        Math.abs((pa[i + 1] ?? 0) - (pb[i + 1] ?? 0)) +
        Math.abs((pa[i + 2] ?? 0) - (pb[i + 2] ?? 0)) >
      60
    )
      changed += 1;
  }
  return changed;
}

/**
 * Tabs to the first control that takes keyboard focus and says whether its focus is visible:
 * a computed outline, and pixels around the control that change when focus arrives.
 */
async function focusRing(page: Page, pattern: RegExp): Promise<{ label: string; pixels: number }> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (pattern.test(await focusedLabel(page))) break;
  }
  const label = await focusedLabel(page);
  expect(label).toMatch(pattern);
  const box = await page.evaluate(() => {
    let active = document.activeElement as Element;
    while (active.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    // A visually hidden control (a file input inside its label) shows focus on its label.
    const shown =
      active.getBoundingClientRect().width <= 1 ? (active.closest('label') ?? active) : active;
    const style = getComputedStyle(shown);
    const { x, y, width, height } = shown.getBoundingClientRect();
    return { x, y, width, height, outline: `${style.outlineStyle} ${style.outlineWidth}` };
  });
  expect(box.outline, label).toMatch(/^(solid|auto|dotted|dashed|double) [2-9]/);
  const clip = {
    x: Math.max(0, box.x - 6),
    y: Math.max(0, box.y - 6),
    width: box.width + 12,
    height: box.height + 12,
  };
  const focused = await page.screenshot({ clip });
  await page.evaluate(() => {
    let active = document.activeElement as HTMLElement;
    while (active.shadowRoot?.activeElement)
      active = active.shadowRoot.activeElement as HTMLElement;
    active.blur();
  });
  const unfocused = await page.screenshot({ clip });
  return { label, pixels: await changedPixels(focused, unfocused) };
}

describe('dark and high-contrast (forced colours) modes', () => {
  const suite = useExtensionBrowser(async (server) => {
    serveDraft(server);
    server.routes.set(`www.unodc.org${new URL(LISTING_URL).pathname}`, {
      body: readFileSync(path.resolve(import.meta.dirname, '../fixtures/un/session-listing.html')),
      type: 'text/html; charset=utf-8',
    });
    const made = await makeUnPdf();
    serveUnPdf(server, made.bytes);
  });

  async function extensionPage(name: string, media: Parameters<Page['emulateMedia']>[0]) {
    const page = await suite.browser.context.newPage();
    await page.emulateMedia(media);
    const extensionId = new URL(suite.browser.serviceWorker.url()).host;
    await page.goto(`chrome-extension://${extensionId}/${name}`);
    return page;
  }

  it('dark: every surface turns dark and axe finds no serious contrast or other violation', async () => {
    const dark = { colorScheme: 'dark' } as const;
    const listing = await suite.browser.context.newPage();
    await listing.goto(LISTING_URL);
    const listingTab = await tabIdOf(suite.browser.serviceWorker, LISTING_URL);
    const popup = await extensionPage(`popup.html?tab=${listingTab}`, dark);
    await popup.getByText('5 documents on this page').waitFor();
    expect(await backgroundLuminance(popup)).toBeLessThan(0.05);
    expect(await seriousViolations(popup)).toEqual([]);

    const options = await extensionPage('options.html', dark);
    await options.getByRole('heading', { level: 1 }).waitFor();
    expect(await backgroundLuminance(options)).toBeLessThan(0.05);
    expect(await seriousViolations(options)).toEqual([]);

    const page = await suite.browser.context.newPage();
    await page.emulateMedia(dark);
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await selectText(page, PASSAGE);
    await page.getByRole('toolbar', { name: /Redline/ }).waitFor();
    expect(await seriousViolations(page, 'redline-ui')).toEqual([]);
    await commentOnSelection(page, { comment: 'Too broad: aiding and counselling reach advice.' });
    const strip = page.getByRole('complementary', { name: 'Redline on this page' });
    await strip.waitFor();
    const stripBackground = await strip.evaluate(
      (element) => getComputedStyle(element).backgroundColor,
    );
    expect(stripBackground).toBe('rgb(30, 31, 34)');
    expect(await seriousViolations(page, 'redline-ui')).toEqual([]);

    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    const panel = await extensionPage(`sidepanel.html?tab=${tabId}`, dark);
    await panel.getByText('Too broad: aiding and counselling reach advice.').waitFor();
    expect(await backgroundLuminance(panel)).toBeLessThan(0.05);
    for (const name of ['Comments', 'Revisions', 'Export', 'Sets']) {
      await panel.getByRole('tab', { name }).click();
      expect(await seriousViolations(panel), name).toEqual([]);
    }

    const viewer = await extensionPage(
      `viewer.html?file=${encodeURIComponent(UNTOC_PDF_URL)}`,
      dark,
    );
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    expect(await backgroundLuminance(viewer, '.toolbar')).toBeLessThan(0.05);
    expect(await seriousViolations(viewer)).toEqual([]);
    await Promise.all([listing, popup, options, page, panel, viewer].map((open) => open.close()));
  }, 240_000);

  it('forced colours: the keyboard focus is drawn on every surface', async () => {
    const forced = { forcedColors: 'active' } as const;
    const page = await suite.browser.context.newPage();
    await page.emulateMedia(forced);
    await page.goto(DRAFT_URL);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await selectText(page, PASSAGE);
    await page.getByRole('toolbar', { name: /Redline/ }).waitFor();
    // The toolbar's buttons are reached by Tab from the page, as a keyboard user does.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const toolbar = await focusRing(page, /^BUTTON\|\|Comment/);

    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    const panel = await extensionPage(`sidepanel.html?tab=${tabId}`, forced);
    await panel.getByRole('tab', { name: 'Comments' }).waitFor();
    const tab = await focusRing(panel, /^BUTTON\|tab\|Comments/);

    const options = await extensionPage('options.html', forced);
    await options.getByRole('heading', { level: 1 }).waitFor();
    const field = await focusRing(options, /^(INPUT|BUTTON|SELECT)/);

    const viewer = await extensionPage(
      `viewer.html?file=${encodeURIComponent(UNTOC_PDF_URL)}`,
      forced,
    );
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    const viewerControl = await focusRing(viewer, /^(INPUT|BUTTON)/);

    for (const ring of [toolbar, tab, field, viewerControl]) {
      // A 2-pixel ring around a control changes at least its perimeter.
      expect(ring.pixels, ring.label).toBeGreaterThan(40);
    }
    await Promise.all([page, panel, options, viewer].map((open) => open.close()));
  }, 240_000);
});
