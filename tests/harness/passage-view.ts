import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Page } from 'playwright-core';

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
 * The viewport box of the first occurrence of `text` in the page (outside Redline's UI), after
 * scrolling it to the middle of the viewport or to its foot (24 px above the bottom) when asked.
 */
export async function boxOfText(
  page: Page,
  text: string,
  scrollTo?: 'middle' | 'foot',
): Promise<Box> {
  return page.evaluate(
    ({ text, scrollTo }) => {
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
    },
    { text, scrollTo },
  );
}

/** The ink and paper in a box of the viewport, from a real screenshot. */
export async function inkIn(page: Page, box: Box): Promise<Ink> {
  const clip = {
    x: Math.ceil(box.left),
    y: Math.ceil(box.top),
    width: Math.floor(box.right - box.left) - 1,
    height: Math.floor(box.bottom - box.top) - 1,
  };
  const png = await page.screenshot({ clip });
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
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

/** The client rects of the current selection and the box of a Redline control, once it is placed. */
export async function selectionAndControl(
  page: Page,
  control: '.rl-toolbar' | '.rl-editor',
): Promise<{ selection: Box[]; control: Box; viewport: { width: number; height: number } }> {
  await page.waitForFunction((selector) => {
    const element = document.querySelector('redline-ui')?.shadowRoot?.querySelector(selector);
    return element instanceof HTMLElement && getComputedStyle(element).visibility === 'visible';
  }, control);
  // One more frame: the place is computed asynchronously after the element shows.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  return page.evaluate((selector) => {
    const box = ({ left, top, right, bottom }: DOMRect) => ({ left, top, right, bottom });
    const selection = getSelection() as Selection;
    const element = document
      .querySelector('redline-ui')
      ?.shadowRoot?.querySelector(selector) as HTMLElement;
    return {
      selection: [...selection.getRangeAt(0).getClientRects()].map(box),
      control: box(element.getBoundingClientRect()),
      viewport: { width: innerWidth, height: innerHeight },
    };
  }, control);
}

/** Whether two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
