import type { CDPSession, Page } from 'playwright-core';

/**
 * One task of a page's main thread, from a Chrome trace, on the page's own timeline (ms since
 * its navigation started, as `performance.now()`), and whether Redline's code ran in it.
 */
export interface MainThreadTask {
  start: number;
  /** Wall-clock duration: what the Long Tasks API reports, stretched by other processes. */
  wall: number;
  /** The main thread's own CPU time in the task: what the work costs, whatever the load. */
  cpu: number;
  /**
   * Redline's scripts ran in it: a sampled stack holds one of its frames, or the task compiled
   * or evaluated one of its files. Everything else in such a task (a layout its code forced, a
   * collection of its garbage) is Redline's too.
   */
  redline: boolean;
  /** The extension script this task compiled and ran from the top (`annotator.js`), if any. */
  evaluates?: string;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: {
        nodes?: Array<{ id: number; parent?: number; callFrame: { url?: string } }>;
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];
const EXTENSION = 'chrome-extension://';

/** A trace of the browser while `page` loads: start before `goto`, stop once it settled. */
export async function startMainThreadTrace(page: Page): Promise<() => Promise<MainThreadTask[]>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  });
  return async () => {
    const complete = new Promise<void>((resolve) => {
      cdp.once('Tracing.tracingComplete', () => resolve());
    });
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const origin = await page.evaluate(() => {
      const mark = performance.getEntriesByName('redline:trace-origin')[0];
      return mark?.startTime;
    });
    return tasksOf(events, origin);
  };
}

/**
 * Puts a mark on the page's timeline that the trace also records, so that trace times can be
 * told as `performance.now()` times. Call once after the page loaded, before stopping.
 */
export async function markTraceOrigin(page: Page): Promise<void> {
  await page.evaluate(() => performance.mark('redline:trace-origin'));
}

function tasksOf(events: TraceEvent[], originOnPage: number | undefined): MainThreadTask[] {
  const mark = events.find((event) => event.name === 'redline:trace-origin');
  if (!mark || originOnPage === undefined) {
    throw new Error('the trace holds no redline:trace-origin mark: call markTraceOrigin first');
  }
  // The page's renderer and its main thread: where its mark was recorded.
  const onMain = events.filter((event) => event.pid === mark.pid && event.tid === mark.tid);
  const toPage = (ts: number) => (ts - mark.ts) / 1000 + originOnPage;
  const samples = redlineSamples(events, mark.pid);
  const ownFiles = onMain.filter((event) => event.args?.data?.url?.startsWith(EXTENSION));
  return onMain
    .filter((event) => event.name === 'RunTask' && event.ph === 'X')
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const within = (ts: number) => ts >= task.ts && ts < end;
      const evaluated = ownFiles.find(
        (event) => event.name === 'EvaluateScript' && within(event.ts),
      );
      const found: MainThreadTask = {
        start: toPage(task.ts),
        wall: (task.dur ?? 0) / 1000,
        cpu: (task.tdur ?? task.dur ?? 0) / 1000,
        redline: samples.some(within) || ownFiles.some((event) => within(event.ts)),
      };
      const file = evaluated?.args?.data?.url?.split('/').pop();
      if (file) found.evaluates = file;
      return found;
    });
}

/** The times (trace clock) of CPU samples in the renderer whose stack holds Redline's code. */
function redlineSamples(events: TraceEvent[], pid: number): number[] {
  const times: number[] = [];
  const profiles = new Map<string, { time: number; frames: Map<number, boolean> }>();
  for (const event of events) {
    if (event.pid !== pid || event.id === undefined) continue;
    if (event.name === 'Profile') {
      profiles.set(event.id, { time: event.args?.data?.startTime ?? event.ts, frames: new Map() });
      continue;
    }
    if (event.name !== 'ProfileChunk') continue;
    const profile = profiles.get(event.id);
    const data = event.args?.data;
    if (!profile || !data) continue;
    // A node is Redline's when it or a caller is: parents come before their children.
    for (const node of data.cpuProfile?.nodes ?? []) {
      const own = node.callFrame.url?.startsWith(EXTENSION) ?? false;
      const inherited = node.parent !== undefined && profile.frames.get(node.parent) === true;
      profile.frames.set(node.id, own || inherited);
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((node, i) => {
      profile.time += deltas[i] ?? 0;
      if (profile.frames.get(node)) times.push(profile.time);
    });
  }
  return times;
}
