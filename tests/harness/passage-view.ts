import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the eye sees over a passage: its glyphs' ink and the paper around them. */
export interface Ink {
  /** Share of pixels darker than mid-grey: the glyphs. */
  darkShare: number;
  /** Luminance (0–255) of the darkest pixel. */
  darkest: number;
  /** Mean colour of the light pixels: the paper under the words. */
  paper: [number, number, number];
}

/**
 * In the page: the viewport box of the first occurrence of `text` (outside Redline's UI), after
 * scrolling it to the middle of the viewport or to its foot (24 px above the bottom) when asked.
 */
export function boxOfTextInPage({
  text,
  scrollTo,
}: {
  text: string;
  scrollTo?: 'middle' | 'foot' | undefined;
}): Box {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    if (scrollTo) {
      const target = scrollTo === 'middle' ? innerHeight / 2 : innerHeight - 24;
      window.scrollBy(0, range.getBoundingClientRect().bottom - target);
    }
    const { left, top, right, bottom } = range.getBoundingClientRect();
    return { left, top, right, bottom };
  }
  throw new Error(`text not found in the page: ${text}`);
}

export async function boxOfText(
  page: Page,
  text: string,
  scrollTo?: 'middle' | 'foot',
): Promise<Box> {
  return page.evaluate(boxOfTextInPage, { text, scrollTo });
}

/**
 * The ink and paper of a screenshot, or of one box of it: `crop` is a viewport box, and the
 * screenshot shows a viewport `viewportWidth` CSS pixels wide (the image may have more pixels).
 */
export async function inkOfImage(
  png: Uint8Array,
  crop?: { box: Box; viewportWidth: number },
): Promise<Ink> {
  const image = await loadImage(png);
  const scale = crop ? image.width / crop.viewportWidth : 1;
  const x = crop ? Math.ceil(crop.box.left * scale) : 0;
  const y = crop ? Math.ceil(crop.box.top * scale) : 0;
  const width = crop ? Math.floor((crop.box.right - crop.box.left) * scale) - 1 : image.width;
  const height = crop ? Math.floor((crop.box.bottom - crop.box.top) * scale) - 1 : image.height;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.drawImage(image, -x, -y);
  const { data } = context.getImageData(0, 0, width, height);
  let dark = 0;
  let darkest = 255;
  const paper: [number, number, number] = [0, 0, 0];
  let light = 0;
  for (let at = 0; at < data.length; at += 4) {
    const [r, g, b] = [data[at] as number, data[at + 1] as number, data[at + 2] as number];
    const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    darkest = Math.min(darkest, luminance);
    if (luminance < 110) dark += 1;
    if (luminance > 170) {
      paper[0] += r;
      paper[1] += g;
      paper[2] += b;
      light += 1;
    }
  }
  return {
    darkShare: dark / (data.length / 4),
    darkest,
    paper: paper.map((sum) => Math.round(sum / Math.max(1, light))) as Ink['paper'],
  };
}

/** The ink and paper in a box of the viewport, from a real screenshot. */
export async function inkIn(page: Page, box: Box): Promise<Ink> {
  const clip = {
    x: Math.ceil(box.left),
    y: Math.ceil(box.top),
    width: Math.floor(box.right - box.left) - 1,
    height: Math.floor(box.bottom - box.top) - 1,
  };
  return inkOfImage(await page.screenshot({ clip }));
}

export interface SelectionAndControl {
  selection: Box[];
  control: Box;
  viewport: { width: number; height: number };
}

/** In the page: whether a control of Redline's UI shows (its place is computed after it shows). */
export function controlShownInPage(selector: string): boolean {
  const element = document.querySelector('redline-ui')?.shadowRoot?.querySelector(selector);
  return element instanceof HTMLElement && getComputedStyle(element).visibility === 'visible';
}

/** In the page: the client rects of the current selection and the box of a Redline control. */
export function selectionAndControlInPage(selector: string): SelectionAndControl {
  const box = ({ left, top, right, bottom }: DOMRect) => ({ left, top, right, bottom });
  const selection = getSelection();
  const element = document
    .querySelector('redline-ui')
    ?.shadowRoot?.querySelector(selector) as HTMLElement;
  return {
    // Firefox empties the selection when the editor takes the focus; Chromium keeps its range.
    selection:
      selection && selection.rangeCount > 0
        ? [...selection.getRangeAt(0).getClientRects()].map(box)
        : [],
    control: box(element.getBoundingClientRect()),
    viewport: { width: innerWidth, height: innerHeight },
  };
}

/** The client rects of the current selection and the box of a Redline control, once it is placed. */
export async function selectionAndControl(
  page: Page,
  control: '.rl-toolbar' | '.rl-editor',
): Promise<SelectionAndControl> {
  await page.waitForFunction(controlShownInPage, control);
  // One more frame: the place is computed asynchronously after the element shows.
  await nextFrame(page);
  return page.evaluate(selectionAndControlInPage, control);
}

/** Once the page has drawn its next frame. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
}

/** Whether two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** No box of the selection under the control, and the control on screen. */
export function expectBeside(seen: SelectionAndControl): void {
  expect(seen.selection.length).toBeGreaterThan(0);
  for (const rect of seen.selection) expect(overlaps(rect, seen.control)).toBe(false);
  expect(seen.control.top).toBeGreaterThanOrEqual(0);
  expect(seen.control.bottom).toBeLessThanOrEqual(seen.viewport.height);
}

/** The words under a highlight stay as dark as before it; the paper under them takes its tint. */
export function expectReadable(before: Ink, after: Ink): void {
  expect(after.darkShare).toBeGreaterThan(0.04);
  expect(after.darkShare).toBeGreaterThanOrEqual(before.darkShare * 0.8);
  expect(after.darkest).toBeLessThan(90);
  // Yellow (#ffd54f) over white: blue falls well below red; the plain paper has none of that.
  expect(before.paper[0] - before.paper[2]).toBeLessThan(15);
  expect(after.paper[0] - after.paper[2]).toBeGreaterThan(40);
}
