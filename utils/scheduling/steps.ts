/**
 * Work that can give the page back between its steps: a generator that yields wherever it may
 * pause, and returns its result. The same code runs at once (tests, the command line) or in
 * slices on a page (content script, annotator), so no step holds the main thread for long.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Below the 50 ms at which the browser counts a task as long, with room for the last step. */
const SLICE_MS = 25;

interface Slicing {
  /** How long a slice may run before the page is given back. */
  sliceMs?: number;
  /** How the page is given back between slices: `yieldToPage` unless told otherwise. */
  giveBack?: () => Promise<void>;
}

/** Runs the steps in slices of about `sliceMs`, giving the page back between slices. */
export async function runInSlices<T>(
  steps: Steps<T>,
  { sliceMs = SLICE_MS, giveBack = yieldToPage }: Slicing = {},
): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await giveBack();
      sliceStart = performance.now();
    }
  }
}

type TaskScheduler = {
  yield?: () => Promise<void>;
  postTask?: (task: () => void, options: { priority: 'user-visible' }) => Promise<void>;
};

function taskScheduler(): TaskScheduler | undefined {
  return (globalThis as { scheduler?: TaskScheduler }).scheduler;
}

/**
 * Lets input, rendering and the page's own scripts run: `scheduler.yield()` where the browser
 * has it (Chromium; the rest of this work keeps its priority: it goes on before tasks queued
 * meanwhile), else a new task. For work the user is waiting for.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = taskScheduler();
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return nextTask();
}

/**
 * Queues the rest of this work behind the tasks the page has waiting (its load event, the
 * page's own scripts, a script the extension injects meanwhile): for work that must not hold
 * the page back.
 */
export function queueBehindPage(): Promise<void> {
  const scheduler = taskScheduler();
  if (typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  }
  return nextTask();
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
