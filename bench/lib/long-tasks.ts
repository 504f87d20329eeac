import type { Page } from 'playwright-core';
import { longTasksOf } from '../../tests/harness/long-tasks.ts';

/** Main-thread tasks longer than this block input (the Long Tasks API's threshold). */
const LONG_TASK = 50;

export interface Blocking {
  /** The longest task, ms (0 when none reached 50 ms). */
  longest: number;
  /** Total blocking time: the sum over long tasks of what each spent beyond 50 ms. */
  total: number;
}

/** The blocking of a page given to `observeLongTasks`, since it opened. */
export async function blockingOf(page: Page): Promise<Blocking> {
  const durations = (await longTasksOf(page)).map(({ duration }) => duration);
  return {
    longest: Math.max(0, ...durations),
    total: durations.reduce((sum, duration) => sum + Math.max(0, duration - LONG_TASK), 0),
  };
}
