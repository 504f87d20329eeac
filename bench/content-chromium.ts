/**
 * What the content script costs on UN pages, in Chromium with the built extension: main-thread
 * time of detection (its `redline:detect` measure) on a UNODC page with no document, a session
 * listing, a draft and a draft of more than 150 KB; the size of what it loads first. Peer in the
 * same run and pages: @mozilla/readability's `parse()` on a clone of the same document, the
 * usual first step of reader-style detection. Then the longest main-thread task and the total
 * blocking time (Long Tasks API) from navigation until the page settled (the annotator ready on
 * a draft), beside the same page in the same browser without Redline; and Redline's own tasks
 * in main-thread CPU time (a Chrome trace), which the machine's load does not stretch.
 *   npm run build && node --import tsx bench/content-chromium.ts
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  EXTENSION_DIR,
  launchWithExtension,
  launchWithoutExtension,
} from '../tests/harness/browser.ts';
import { LISTING_URL, serveDraft, serveFixture } from '../tests/harness/draft-page.ts';
import { startFixtureServer } from '../tests/harness/fixture-server.ts';
import { LARGE_DRAFT_URL, serveLargeDraft } from '../tests/harness/large-draft.ts';
import { observeLongTasks } from '../tests/harness/long-tasks.ts';
import { markTraceOrigin, startMainThreadTrace } from '../tests/harness/main-thread.ts';
import { bundleForPage } from '../tests/harness/page-bundle.ts';
import { type Blocking, blockingOf, type RedlineTasks, redlineTasks } from './lib/long-tasks.ts';
import { median } from './lib/stats.ts';

const RUNS = 5;
const PAGES = {
  'UNODC page, no document': 'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/home.html',
  'session listing (5 documents)': LISTING_URL,
  'draft (UNTOC, 41 articles)':
    'https://www.unodc.org/documents/treaties/UNTOC/draft-convention.html',
  'draft (82 articles, > 150 KB)': LARGE_DRAFT_URL,
};
/** A page settles this long after its load event when Redline has nothing to open. */
const SETTLE_MS = 1000;
const isDraft = (label: string) => label.startsWith('draft');

async function main(): Promise<void> {
  // Both load on every UN page: comments-ahead as its document starts, content once it is idle.
  for (const name of ['comments-ahead', 'content']) {
    const script = path.join(EXTENSION_DIR, `content-scripts/${name}.js`);
    const raw = statSync(script).size;
    const gzip = gzipSync(readFileSync(script)).length;
    console.log(
      `content script ${name}.js, loaded on every UN page: ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`,
    );
  }

  const peer = await bundleForPage(
    "export { Readability } from '@mozilla/readability';",
    'ReadabilityPeer',
  );
  const server = await startFixtureServer();
  serveFixture(server, LISTING_URL, 'session-listing.html');
  serveDraft(server, PAGES['draft (UNTOC, 41 articles)']);
  const large = serveLargeDraft(server);
  console.log(`large draft page: ${(large.bytes / 1024).toFixed(0)} KB of HTML`);
  const browser = await launchWithExtension(server);
  const blocking: Record<string, Blocking[]> = {};
  const traced: Record<string, RedlineTasks[]> = {};
  const detectCpu: Record<string, number[]> = {};
  console.log('page                               detect ms   Readability.parse ms   ratio');
  for (const [label, url] of Object.entries(PAGES)) {
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await observeLongTasks(page);
      const stopTrace = await startMainThreadTrace(page);
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('redline:detect').length > 0);
      if (isDraft(label)) {
        await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
      } else await page.waitForTimeout(SETTLE_MS);
      blocking[label] = [...(blocking[label] ?? []), await blockingOf(page)];
      await markTraceOrigin(page);
      const tasks = await stopTrace();
      traced[label] = [...(traced[label] ?? []), redlineTasks(tasks)];
      const detect = await page.evaluate(() => {
        const measure = performance.getEntriesByName('redline:detect')[0];
        return {
          start: measure?.startTime ?? Number.NaN,
          duration: measure?.duration ?? Number.NaN,
        };
      });
      // Detection's own CPU time: Redline's tasks inside its measure (its pauses are not).
      detectCpu[label] = [
        ...(detectCpu[label] ?? []),
        tasks
          .filter(
            (task) =>
              task.redline &&
              task.start + task.wall > detect.start &&
              task.start < detect.start + detect.duration,
          )
          .reduce((sum, task) => sum + task.cpu, 0),
      ];
      ours.push(detect.duration);
      await page.addScriptTag({ content: peer });
      theirs.push(
        await page.evaluate(() => {
          const { Readability } = (
            globalThis as unknown as {
              ReadabilityPeer: { Readability: new (doc: Document) => { parse(): unknown } };
            }
          ).ReadabilityPeer;
          const t0 = performance.now();
          new Readability(document.cloneNode(true) as Document).parse();
          return performance.now() - t0;
        }),
      );
      await page.close();
    }
    const [a, b] = [median(ours), median(theirs)];
    console.log(
      `${label.padEnd(34)} ${a.toFixed(2).padStart(9)}   ${b.toFixed(2).padStart(20)}   ${(a / b).toFixed(2).padStart(5)}`,
    );
  }
  await browser.close();

  console.log(
    `\nRedline's own tasks (Chrome trace, main-thread CPU time, ms)   detection CPU   all Redline CPU   longest task CPU (wall)   annotator.js start   annotator-view.js start`,
  );
  for (const label of Object.keys(PAGES)) {
    const runs = traced[label] ?? [];
    const cpu = (pick: (tasks: RedlineTasks) => number) => median(runs.map(pick)).toFixed(1);
    console.log(
      `${label.padEnd(62)} ${median(detectCpu[label] ?? [])
        .toFixed(1)
        .padStart(
          13,
        )}   ${cpu((t) => t.totalCpu).padStart(15)}   ${`${cpu((t) => t.longestCpu)} (${cpu((t) => t.longestWall)})`.padStart(23)}   ${cpu((t) => t.annotatorScriptCpu).padStart(18)}   ${cpu((t) => t.annotatorViewScriptCpu).padStart(23)}`,
    );
  }

  const plain = await launchWithoutExtension(server);
  console.log(
    '\nmain thread, navigation to settled          with Redline: longest task / total blocking ms   without Redline: longest / total',
  );
  for (const [label, url] of Object.entries(PAGES)) {
    const without: Blocking[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await plain.context.newPage();
      await observeLongTasks(page);
      await page.goto(url);
      await page.waitForTimeout(SETTLE_MS);
      without.push(await blockingOf(page));
      await page.close();
    }
    const ours = blocking[label] ?? [];
    const cell = (runs: Blocking[]) =>
      `${median(runs.map((run) => run.longest)).toFixed(0)} / ${median(runs.map((run) => run.total)).toFixed(0)}`;
    console.log(`${label.padEnd(44)} ${cell(ours).padStart(22)}   ${cell(without).padStart(30)}`);
  }
  await plain.close();
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
