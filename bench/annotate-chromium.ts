/**
 * A draft page of more than 150 KB with 500 comments, in Chromium with the built extension: how
 * long after the navigation starts the highlights are painted, the longest main-thread task and
 * the total blocking time until then (Long Tasks API) beside the same page without Redline,
 * Redline's own tasks in main-thread CPU time (a Chrome trace, which also costs the page a
 * little), and how long the side panel takes to list them. Beside it, in the same run and on the same 500 passages, a peer: @apache-annotator/dom's
 * `highlightText`, which wraps each passage in <mark> elements, timed inside the same page.
 *   npm run build && node --import tsx bench/annotate-chromium.ts
 */
import { launchWithExtension, launchWithoutExtension } from '../tests/harness/browser.ts';
import { tabIdOf } from '../tests/harness/extension-db.ts';
import { startFixtureServer } from '../tests/harness/fixture-server.ts';
import { serveLargeDraft, storeCommentsOnLargeDraft } from '../tests/harness/large-draft.ts';
import { observeLongTasks } from '../tests/harness/long-tasks.ts';
import { markTraceOrigin, startMainThreadTrace } from '../tests/harness/main-thread.ts';
import { bundleForPage } from '../tests/harness/page-bundle.ts';
import { type Blocking, blockingOf, type RedlineTasks, redlineTasks } from './lib/long-tasks.ts';
import { median } from './lib/stats.ts';

const COMMENTS = 500;
const RUNS = 5;
const SETTLE_MS = 1_000;

interface PeerLibrary {
  createTextQuoteSelectorMatcher(selector: object): (scope: Range) => AsyncGenerator<Range>;
  highlightText(range: Range, tag: string): () => void;
}

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const { url, html, bytes } = serveLargeDraft(server);
  const peerBundle = await bundleForPage(
    "export { createTextQuoteSelectorMatcher, highlightText } from '@apache-annotator/dom';",
    'ApacheAnnotator',
  );
  const browser = await launchWithExtension(server);
  const annotations = await storeCommentsOnLargeDraft(browser, { url, html }, COMMENTS);

  const painted: number[] = [];
  const listed: number[] = [];
  const peer: number[] = [];
  const afterLoad: number[] = [];
  const loadEvent: number[] = [];
  const inAnnotator: number[] = [];
  const annotatorPainted: number[] = [];
  const blocking: Blocking[] = [];
  const ours: RedlineTasks[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        console.error(`page: ${message.text()}`);
    });
    await observeLongTasks(page);
    const stopTrace = await startMainThreadTrace(page);
    await page.goto(url);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => performance.getEntriesByName('redline:painted').length > 0);
    blocking.push(await blockingOf(page));
    // The page strip and the side panel's report come just after the paint.
    await page.waitForTimeout(SETTLE_MS);
    await markTraceOrigin(page);
    ours.push(redlineTasks(await stopTrace()));
    const phases = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[];
      const start =
        performance.getEntriesByName('redline:annotator-start')[0]?.startTime ?? Number.NaN;
      const paints = performance.getEntriesByName('redline:painted');
      // The first paint is the content script's when every comment was made on this very text;
      // the annotator paints again once it has read the outline and weighed them all.
      const done = paints[0]?.startTime ?? Number.NaN;
      const annotatorDone = paints.at(-1)?.startTime ?? Number.NaN;
      return { load: navigation?.loadEventEnd ?? Number.NaN, start, done, annotatorDone };
    });
    afterLoad.push(phases.done - phases.load);
    loadEvent.push(phases.load);
    inAnnotator.push(phases.annotatorDone - phases.start);
    annotatorPainted.push(phases.annotatorDone);
    painted.push(
      await page.evaluate(() => {
        const mark = performance.getEntriesByName('redline:painted')[0] as
          | PerformanceMark
          | undefined;
        if (mark?.detail !== 500) throw new Error('the annotator did not paint 500 comments');
        return mark.startTime;
      }),
    );
    const tabId = await tabIdOf(browser.serviceWorker, url);
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByText(`${COMMENTS} of ${COMMENTS} comments`, { exact: false }).waitFor();
    // From the panel's own navigation start to the render that listed all the comments.
    listed.push(
      await panel.evaluate((count) => {
        const marks = performance.getEntriesByName('redline:listed') as PerformanceMark[];
        const done = marks.find((mark) => mark.detail === count);
        if (!done) throw new Error(`the panel never listed ${count} comments`);
        return done.startTime;
      }, COMMENTS),
    );
    await panel.close();

    await page.addScriptTag({ content: peerBundle });
    peer.push(
      await page.evaluate(
        async ({ selectors }) => {
          const peerLibrary = (globalThis as unknown as { ApacheAnnotator: PeerLibrary })
            .ApacheAnnotator;
          const scope = document.createRange();
          scope.selectNodeContents(document.querySelector('main') ?? document.body);
          const t0 = performance.now();
          for (const selector of selectors) {
            const matches = peerLibrary.createTextQuoteSelectorMatcher(selector)(scope);
            const first = await matches.next();
            if (!first.done) peerLibrary.highlightText(first.value, 'mark');
          }
          return performance.now() - t0;
        },
        { selectors: annotations.map((a) => a.target.quote) },
      ),
    );
    await page.close();
  }
  await browser.close();

  const plain = await launchWithoutExtension(server);
  const without: Blocking[] = [];
  const loadEventWithout: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await plain.context.newPage();
    await observeLongTasks(page);
    await page.goto(url);
    // As long as Redline took to paint, so both count the same stretch of the page's life.
    await page.waitForTimeout(median(painted));
    without.push(await blockingOf(page));
    loadEventWithout.push(
      await page.evaluate(
        () =>
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
            .loadEventEnd,
      ),
    );
    await page.close();
  }
  await plain.close();
  await server.close();

  const [p, l, w] = [median(painted), median(listed), median(peer)];
  const cell = (runs: Blocking[]) =>
    `longest task ${median(runs.map((run) => run.longest)).toFixed(0)} ms, total blocking ${median(runs.map((run) => run.total)).toFixed(0)} ms`;
  console.log(
    `500 comments on a draft page of ${(bytes / 1024).toFixed(0)} KB (UNTOC articles twice, 82 articles), Chromium ${RUNS} runs (median)`,
  );
  console.log(`  highlights painted, ms after navigation start: ${p.toFixed(0)}`);
  console.log(`  of which after the page's load event:          ${median(afterLoad).toFixed(0)}`);
  console.log(
    `  the page's load event, ms after navigation start: ${median(loadEvent).toFixed(0)} with Redline, ${median(loadEventWithout).toFixed(0)} without; painted ${(p - median(loadEventWithout)).toFixed(0)} ms after the load event of the page without Redline`,
  );
  console.log(
    `  the annotator's own paint (all comments weighed with the outline), ms after navigation start: ${median(annotatorPainted).toFixed(0)}, of which in the annotator (read, fetch, anchor, paint): ${median(inAnnotator).toFixed(0)}`,
  );
  console.log(`  main thread until painted, with Redline:       ${cell(blocking)}`);
  console.log(`  the same page without Redline, as long:        ${cell(without)}`);
  const cpu = (pick: (tasks: RedlineTasks) => number) => median(ours.map(pick)).toFixed(1);
  console.log(
    `  Redline's own tasks (Chrome trace, main-thread CPU time): longest ${cpu((t) => t.longestCpu)} ms (${cpu((t) => t.longestWall)} ms wall), blocking beyond 50 ms ${cpu((t) => t.blockingCpu)} ms, all ${cpu((t) => t.totalCpu)} ms; compiling and starting annotator.js ${cpu((t) => t.annotatorScriptCpu)} ms, annotator-view.js ${cpu((t) => t.annotatorViewScriptCpu)} ms`,
  );
  console.log(`  side panel listing all 500, ms after its load starts: ${l.toFixed(0)}`);
  console.log(
    `  peer @apache-annotator/dom, match + highlight the same 500 in the loaded page, ms: ${w.toFixed(0)}`,
  );
  console.log(
    `  ratio, Redline's whole load-to-painted vs the peer's painting alone: ${(p / w).toFixed(2)}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
