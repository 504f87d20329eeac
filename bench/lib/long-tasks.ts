import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { FixtureServer } from '../../tests/harness/fixture-server.ts';

/** Main-thread tasks longer than this block input (the Long Tasks API's threshold). */
const LONG_TASK = 50;

/**
 * Registers a `longtask` observer before any script of the page runs (an init script), so the
 * content script's and annotator's tasks are seen with the page's own.
 */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (globalThis as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

export interface Blocking {
  /** The longest task, ms (0 when none reached 50 ms). */
  longest: number;
  /** Total blocking time: the sum over long tasks of what each spent beyond 50 ms. */
  total: number;
}

export async function blockingOf(page: Page): Promise<Blocking> {
  const tasks = await page.evaluate(
    () => (globalThis as unknown as { __longTasks?: number[] }).__longTasks ?? [],
  );
  return {
    longest: Math.max(0, ...tasks),
    total: tasks.reduce((sum, duration) => sum + Math.max(0, duration - LONG_TASK), 0),
  };
}

export const LARGE_DRAFT_URL =
  'https://www.unodc.org/documents/treaties/UNTOC/draft-convention-with-protocol-articles.html';

/**
 * A draft page of more than 150 KB, as UN treaty pages come (the issue measured a 154 KB page of
 * 76 articles): the UNTOC draft fixture with its 41 articles followed by the same articles
 * numbered 42 to 82.
 */
export function serveLargeDraft(server: FixtureServer): {
  url: string;
  html: string;
  bytes: number;
} {
  const html = readFileSync(
    path.resolve(import.meta.dirname, '../../tests/fixtures/un/untoc-draft.html'),
    'utf8',
  );
  const from = html.indexOf('<h3>Article 1');
  const to = html.indexOf('<section class="footnotes">');
  const again = html
    .slice(from, to)
    .replace(/<h3>Article (\d+)/g, (_match, number: string) => `<h3>Article ${Number(number) + 41}`)
    .replace(/<sup><a href="#fn\d+" id="fnref\d+">\d+<\/a><\/sup>/g, '');
  const large = html.slice(0, to) + again + html.slice(to);
  const body = Buffer.from(large);
  const url = new URL(LARGE_DRAFT_URL);
  server.routes.set(`${url.host}${url.pathname}`, { body, type: 'text/html; charset=utf-8' });
  return { url: LARGE_DRAFT_URL, html: large, bytes: body.length };
}
