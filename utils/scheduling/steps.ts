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

/** Runs the steps in slices of about `sliceMs`, giving the page back between slices. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}

/**
 * Lets input, rendering and the page's own scripts run: `scheduler.yield()` where the browser
 * has it (Chromium; the rest of this task keeps its priority), else a new task.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
