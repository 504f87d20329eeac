import type { Page } from 'playwright-core';
import { longTasksOf } from '../../tests/harness/long-tasks.ts';
import type { MainThreadTask } from '../../tests/harness/main-thread.ts';

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

/** What Redline's own tasks held the main thread for, from a trace (tests/harness/main-thread). */
export interface RedlineTasks {
  /** The longest, in the main thread's CPU time, ms; the annotator's scripts' starts included. */
  longestCpu: number;
  /** The same task's wall-clock duration, ms. */
  longestWall: number;
  /** Total blocking time counted on CPU time: the sum over tasks of what each spent beyond 50 ms. */
  blockingCpu: number;
  /** Compiling and starting annotator.js, one task, CPU ms (0 where it was not loaded). */
  annotatorScriptCpu: number;
  /** The same for its view, annotator-view.js, injected once the highlights are painted. */
  annotatorViewScriptCpu: number;
  /** Every Redline task's CPU time added up, ms. */
  totalCpu: number;
}

export function redlineTasks(tasks: readonly MainThreadTask[], from = 0): RedlineTasks {
  const ours = tasks.filter((task) => task.redline && task.start + task.wall >= from);
  const longest = ours.reduce<MainThreadTask | undefined>(
    (best, task) => (best === undefined || task.cpu > best.cpu ? task : best),
    undefined,
  );
  return {
    longestCpu: longest?.cpu ?? 0,
    longestWall: longest?.wall ?? 0,
    blockingCpu: ours.reduce((sum, task) => sum + Math.max(0, task.cpu - LONG_TASK), 0),
    annotatorScriptCpu: scriptCpu(ours, 'annotator.js'),
    annotatorViewScriptCpu: scriptCpu(ours, 'annotator-view.js'),
    totalCpu: ours.reduce((sum, task) => sum + task.cpu, 0),
  };
}

function scriptCpu(tasks: readonly MainThreadTask[], file: string): number {
  return tasks.filter((task) => task.evaluates === file).reduce((sum, task) => sum + task.cpu, 0);
}
