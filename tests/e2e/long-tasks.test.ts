import { describe, expect, it } from 'vitest';
import { tabIdOf } from '../harness/extension-db.ts';
import { serveLargeDraft, storeCommentsOnLargeDraft } from '../harness/large-draft.ts';
import { longTasksOf, observeLongTasks } from '../harness/long-tasks.ts';
import { markTraceOrigin, startMainThreadTrace } from '../harness/main-thread.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const COMMENTS = 300;
/**
 * The issue's bound: detection, text index, outline, anchoring and painting hold the main
 * thread at most this long at a time. It is asserted on the CPU time of each task in which
 * Redline's code ran (a Chrome trace: thread time, attributed by CPU samples), not on wall
 * time: on this shared two-core machine at load 15-25 a 30 ms slice of Redline's work lasts
 * 140-270 ms of wall time while other processes hold the core, and the page's own layout of
 * 170 KB runs 450-1,000 ms. The trace tells which tasks are Redline's and what they cost; on
 * a quiet machine wall and CPU time agree (the bench prints both).
 */
const LONG_TASK_MS = 50;

describe('opening a long draft with hundreds of comments, in Chromium', () => {
  let draft: ReturnType<typeof serveLargeDraft>;
  const suite = useExtensionBrowser((server) => {
    draft = serveLargeDraft(server);
  });

  // Compiling each annotator script costs 20-35 ms of CPU on this machine at load 9-20 (their
  // modules are evaluated in a task of their own), and has reached 64 ms at load 15-18 while
  // another browser runs beside it (caches and cores shared): a retry opens the page again in a
  // new tab, and passes only if that whole opening keeps every task under the bound.
  it('reads, anchors and paints in tasks of at most 50 ms of main-thread time', {
    retry: 2,
  }, async () => {
    expect(draft.bytes).toBeGreaterThan(150_000);
    await storeCommentsOnLargeDraft(suite.browser, draft, COMMENTS);

    const page = await suite.browser.context.newPage();
    await observeLongTasks(page);
    const stopTrace = await startMainThreadTrace(page);
    await page.goto(draft.url);
    await page.waitForFunction(
      (count) =>
        (performance.getEntriesByName('redline:painted') as PerformanceMark[]).some(
          (mark) => mark.detail === count,
        ),
      COMMENTS,
      { timeout: 120_000 },
    );
    // The side panel's report, the page strip and the outline render after the paint.
    await page.waitForTimeout(2_000);
    await markTraceOrigin(page);
    const tasks = await stopTrace();
    const wallLong = await longTasksOf(page);
    const { opened, painted, paints, shown, loaded, read } = await page.evaluate(() => {
      let highlighted = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith('redline-')) highlighted += highlight.size;
      }
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[];
      const detection = performance.getEntriesByName('redline:detect')[0];
      return {
        loaded: navigation?.loadEventEnd ?? Number.NaN,
        read: detection ? detection.startTime + detection.duration : Number.NaN,
        opened: detection?.startTime ?? Number.NaN,
        painted: performance.getEntriesByName('redline:painted')[0]?.startTime ?? Number.NaN,
        paints: (performance.getEntriesByName('redline:painted') as PerformanceMark[]).map(
          (mark) => mark.detail as number,
        ),
        shown: highlighted,
      };
    });
    expect(shown).toBe(COMMENTS);
    // Painted twice: by the content script once the text was indexed (every comment was made on
    // this very text), and by the annotator once it had read the outline and weighed them all.
    expect(paints).toEqual([COMMENTS, COMMENTS]);
    // The reading queues behind the page's own tasks: the page's load event is not held back
    // until the draft is read (it was, by 250 ms on a quiet machine, when each slice went first).
    expect(loaded).toBeLessThan(read);

    // Redline's tasks from the content script's start (its evaluation comes just before
    // detection starts) to the end of the trace.
    const ours = tasks.filter((task) => task.redline && task.start + task.wall > opened - 500);
    // Compiling and starting a script of Redline's is a task like any other: the annotator
    // comes as two scripts (annotator.js paints, annotator-view.js renders) so that neither
    // holds the page for long.
    const scripts = ours.filter((task) => task.evaluates?.startsWith('annotator'));
    const describe = (list: typeof tasks) =>
      list
        .filter((task) => task.cpu > 20 || task.wall > LONG_TASK_MS)
        .map(
          (task) =>
            `+${(task.start - opened).toFixed(0)} ms: ${task.cpu.toFixed(1)} ms CPU, ${task.wall.toFixed(0)} ms wall${task.evaluates ? ` (evaluates ${task.evaluates})` : ''}`,
        )
        .join('\n');
    console.log(`Redline's tasks over 20 ms CPU or 50 ms wall:\n${describe(ours)}`);
    const longestCpu = Math.max(0, ...ours.map((task) => task.cpu));
    console.log(
      `${COMMENTS} comments on ${(draft.bytes / 1024).toFixed(0)} KB: opened to painted ${(painted - opened).toFixed(0)} ms; ${ours.length} Redline tasks, longest ${longestCpu.toFixed(1)} ms CPU (${scripts.map((task) => `${task.evaluates} ${task.cpu.toFixed(1)}`).join(', ')} ms); long tasks by the Long Tasks API, all of the page: ${wallLong.length}, longest ${Math.max(0, ...wallLong.map((task) => task.duration)).toFixed(0)} ms wall`,
    );
    // The trace saw Redline at work: the content script, the annotator script, the anchoring.
    expect(ours.length).toBeGreaterThan(5);
    expect(scripts.map((task) => task.evaluates).sort()).toEqual([
      'annotator-view.js',
      'annotator.js',
    ]);
    expect(ours.filter((task) => task.cpu > LONG_TASK_MS)).toEqual([]);

    // The outline, read after the first paint, still reaches the workbench: all 82 articles.
    const tabId = await tabIdOf(suite.browser.serviceWorker, draft.url);
    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    const outline = panel.getByRole('navigation', { name: 'Outline of the draft' });
    await outline.waitFor();
    const articles = await outline.getByRole('button', { name: /^Art\. \d+ — / }).allTextContents();
    expect(articles.map((label) => label.split(' — ')[0])).toEqual(
      Array.from({ length: 82 }, (_, i) => `Art. ${i + 1}`),
    );
    await panel.close();
    await page.close();
  });
});
