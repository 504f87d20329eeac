import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Tests whose cost is the work itself (OCR, recovering the text of PDFs whose fonts hide their
 * letters, importing 10,000 comments in a browser): `npm run test:slow`, which CI runs after
 * `npm test`.
 */
const SLOW = [
  'tests/integration/ocr.test.ts',
  'tests/integration/cli-broken-pdf.test.ts',
  'tests/e2e/pdf-broken-text.test.ts',
  'tests/e2e/large-import.test.ts',
  'tests/e2e/pdf-ocr-viewer.test.ts',
];
/** Chromium files whose assertions bound a time (a task's length, a change's travel). */
const TIMED = ['tests/e2e/long-tasks.test.ts', 'tests/e2e/live-sets.test.ts'];
/** A real browser on a busy 2-core machine: what the page does may take a few seconds. */
const BROWSER = {
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 120_000,
  expect: { poll: { timeout: 10_000 } },
  fileParallelism: false,
  // The files run one after another in one process: each starts its own browser and server and
  // closes them after, so nothing of one file reaches the next, and the driver, the harness and
  // the code they import load once rather than once a file (3 files: 151 s against 114 s, load 20).
  isolate: false,
} as const;

/**
 * Unit tests that open databases, fake the browser's APIs, stub globals or need a DOM: each file
 * in a context of its own, as a module-level singleton or an open database of one file would
 * reach the next (the typed messaging's listeners, a database blocked by another's connection).
 */
const OWN_CONTEXT = [
  'tests/unit/{annotator,db,highlight,messaging,popup,sidepanel,sync}/**/*.test.{ts,tsx}',
  'tests/unit/anchoring/text-index.test.ts',
  'tests/unit/formats/third-party/hypothesis-captures.test.ts',
  'tests/unit/formats/third-party/round-trip.test.ts',
  'tests/unit/i18n/counts.test.ts',
  'tests/unit/i18n/ui-language.test.ts',
  'tests/unit/pdf/annotated-pdf-export.test.ts',
  'tests/unit/pdf/untoc-pdf.test.ts',
  'tests/unit/sharing/sets-db.test.ts',
];
/** A unit project: no test here starts a process (those are the integration project's). */
function unitProject(test: { name: string; isolate?: boolean } & Record<string, unknown>) {
  return {
    plugins: [WxtVitest()],
    test: {
      include: ['tests/unit/**/*.test.{ts,tsx}'],
      // A DOM costs each file its set-up: the few tests that need one ask for happy-dom in their
      // first line.
      environment: 'node',
      // No test here needs a process of its own: a worker thread per file starts in a fraction
      // of a forked process's time (25 files: 54 s of CPU against 75 s, load 22-30).
      pool: 'threads',
      setupFiles: ['tests/unit/setup.ts'],
      // Property tests run hundreds of cases over a whole treaty: a limit, not a timing.
      testTimeout: 30_000,
      ...test,
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      // `--project 'unit*'` runs both.
      unitProject({
        name: 'unit',
        exclude: [...configDefaults.exclude, ...OWN_CONTEXT],
        // Pure functions over text and files: the files of a worker share its loaded modules and
        // set-up (the catalogs) instead of loading them again for each file.
        isolate: false,
      }),
      unitProject({ name: 'unit-own-context', include: OWN_CONTEXT }),
      {
        test: {
          // Tests that start processes: the command line, LibreOffice, Biome.
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW],
          environment: 'node',
          globalSetup: ['tests/harness/cli-bundle.ts'],
          testTimeout: 60_000,
          // Each test starts Node (a second or more of CPU): two at a time on a 2-core machine,
          // or concurrent tests starve each other past the timeout.
          maxConcurrency: 2,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW, ...TIMED],
          globalSetup: ['tests/harness/cli-bundle.ts'],
          ...BROWSER,
          // Each file waits on its own browser most of the time: two files at once keep the two
          // cores busy. Each has its own profile, fixture server and port.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        test: {
          // The files that measure what the page costs or how fast a change travels: alone.
          name: 'e2e-timed',
          include: TIMED,
          globalSetup: ['tests/harness/cli-bundle.ts'],
          ...BROWSER,
        },
      },
      {
        test: {
          // Debian's Firefox ESR with the MV2 build, through puppeteer-core over WebDriver BiDi.
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          ...BROWSER,
          // live-sets.test.ts starts `redline serve`.
          globalSetup: ['tests/harness/cli-bundle.ts'],
        },
      },
      {
        test: {
          // The SLOW files, one at a time: the command line's and Chromium's alike.
          name: 'slow',
          include: SLOW,
          globalSetup: ['tests/harness/cli-bundle.ts'],
          ...BROWSER,
        },
      },
    ],
  },
});
