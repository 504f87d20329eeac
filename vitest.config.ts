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

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          // No test here starts a process: those are the integration project's. A DOM costs each
          // file its set-up: the few tests that need one ask for happy-dom in their first line.
          environment: 'node',
          // No test here needs a process of its own: a worker thread per file starts in a fraction
          // of a forked process's time (25 files: 54 s of CPU against 75 s, load 22-30).
          pool: 'threads',
          setupFiles: ['tests/unit/setup.ts'],
          // Property tests run hundreds of cases over a whole treaty: a limit, not a timing.
          testTimeout: 30_000,
        },
      },
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
          exclude: [...configDefaults.exclude, ...SLOW],
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
