import type { Page } from 'playwright-core';

/** A main-thread task the browser counted as long (50 ms or more), on the page's timeline. */
export interface LongTask {
  start: number;
  duration: number;
}

/**
 * Registers a `longtask` observer before any script of the page runs (an init script), so the
 * content script's and annotator's tasks are seen with the page's own.
 */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    (globalThis as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The long tasks seen so far on a page given to `observeLongTasks`. */
export function longTasksOf(page: Page): Promise<LongTask[]> {
  return page.evaluate(
    () => (globalThis as unknown as { __longTasks?: LongTask[] }).__longTasks ?? [],
  );
}
