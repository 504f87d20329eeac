/**
 * 10,000 annotations imported in Chromium, in an extension page of the built extension, timed
 * with performance.now inside the page: the shared file read and checked (readSharedFile), then
 * written by the real applyImport in one transaction, then the same file again (all unchanged).
 * Beside it, in the same page and run, on the same records, the floor: Dexie's plain `bulkPut`
 * in one transaction, with no reading, checking or merging. Target: under 2 s.
 *   npm run build && node --import tsx bench/import-chromium.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { launchWithExtension } from '../tests/harness/browser.ts';
import { startFixtureServer } from '../tests/harness/fixture-server.ts';
import type { Annotation } from '../utils/formats/annotation.ts';
import type { RedlineSetFile } from '../utils/formats/set-file.ts';

const ANNOTATIONS = 10_000;
const RUNS = 5;
const TARGET_MS = 2_000;
const ROOT = path.resolve(import.meta.dirname, '..');
const SHARING = path.join(ROOT, 'tests/fixtures/sharing');
const TEXT = readFileSync(path.join(ROOT, 'tests/fixtures/un/untoc.txt'), 'utf8');

/** A colleague's file of 10,000 annotations on one document, quotes taken from the UNTOC text. */
function largeSetFile(): string {
  const file: RedlineSetFile = JSON.parse(
    readFileSync(path.join(SHARING, 'untoc-colleague.redline.json'), 'utf8'),
  );
  const template = file.annotations[0] as Annotation;
  const sentences = [...TEXT.matchAll(/[A-Z][^.;\n]{40,300}[.;]/g)];
  file.annotations = Array.from({ length: ANNOTATIONS }, (_, i) => {
    const match = sentences[i % sentences.length] as RegExpMatchArray;
    const start = match.index as number;
    const exact = match[0];
    return {
      ...template,
      id: `bench-${i}`,
      target: {
        ...template.target,
        quote: {
          type: 'TextQuoteSelector',
          exact,
          prefix: TEXT.slice(Math.max(0, start - 32), start),
          suffix: TEXT.slice(start + exact.length, start + exact.length + 32),
        },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
      },
      comment: `Comment ${i}: ${exact.slice(0, 80)}`,
      tags: i % 3 === 0 ? ['criminalization', 'safeguards'] : ['criminalization'],
    };
  });
  return JSON.stringify(file);
}

/** The import as the extension runs it, bundled for the page with its Dexie and zod. */
async function bundleImport(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        // First, before any schema is built: see the plugin below.
        "import 'jitless-zod';",
        "export { readSharedFile } from './utils/formats/import/parse-file.ts';",
        "export { applyImport } from './utils/db/import.ts';",
        "export { openRedlineDb } from './utils/db/schema.ts';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    plugins: [
      {
        // Code evaluated through the debugger may compile, code run later in the page may not
        // (its CSP forbids eval): zod, deciding when its schemas are built, must not compile,
        // which is how it runs in the extension itself.
        name: 'jitless-zod',
        setup(bundler) {
          bundler.onResolve({ filter: /^jitless-zod$/ }, () => ({
            path: 'jitless-zod',
            namespace: 'bench',
          }));
          bundler.onLoad({ filter: /.*/, namespace: 'bench' }, () => ({
            contents: "import { config } from 'zod'; config({ jitless: true });",
            resolveDir: ROOT,
          }));
        },
      },
    ],
    bundle: true,
    format: 'iife',
    globalName: 'RedlineImport',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

interface RunTimes {
  read: number;
  apply: number;
  again: number;
  floor: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function main(): Promise<void> {
  const text = largeSetFile();
  const bundle = await bundleImport();
  const server = await startFixtureServer();
  const browser = await launchWithExtension(server);
  try {
    const page = await browser.openExtensionPage('options.html');
    // Evaluated through the debugger, which the page's CSP does not govern.
    await page.evaluate(bundle);
    const runs = await page.evaluate(
      async ({ text, runs }) => {
        type Bench = typeof import('../utils/db/import.ts') &
          typeof import('../utils/formats/import/parse-file.ts') &
          typeof import('../utils/db/schema.ts');
        const { readSharedFile, applyImport, openRedlineDb } = (
          globalThis as unknown as { RedlineImport: Bench }
        ).RedlineImport;
        const times = [];
        for (let run = 0; run < runs; run++) {
          const ours = openRedlineDb(`bench-import-${run}`);
          const floor = openRedlineDb(`bench-floor-${run}`);
          await Promise.all([ours.open(), floor.open()]);
          const t0 = performance.now();
          const read = readSharedFile(text);
          if (!read.ok) throw new Error(read.errors.join('\n'));
          const t1 = performance.now();
          const report = await applyImport(ours, read.value.file);
          const t2 = performance.now();
          const again = await applyImport(ours, read.value.file);
          const t3 = performance.now();
          const records = read.value.file.annotations;
          const t4 = performance.now();
          await floor.transaction('rw', floor.annotations, () =>
            floor.annotations.bulkPut(records),
          );
          const t5 = performance.now();
          if (report.counts.new !== records.length || again.counts.unchanged !== records.length)
            throw new Error(`unexpected counts ${JSON.stringify([report.counts, again.counts])}`);
          if ((await ours.annotations.count()) !== records.length)
            throw new Error('not all stored');
          times.push({ read: t1 - t0, apply: t2 - t1, again: t3 - t2, floor: t5 - t4 });
          ours.close();
          floor.close();
          await Promise.all([ours.delete(), floor.delete()]);
        }
        return times;
      },
      { text, runs: RUNS },
    );
    report(runs, text.length);
  } finally {
    await browser.close();
    await server.close();
  }
}

function report(runs: RunTimes[], bytes: number): void {
  const read = median(runs.map((run) => run.read));
  const apply = median(runs.map((run) => run.apply));
  const total = median(runs.map((run) => run.read + run.apply));
  const again = median(runs.map((run) => run.again));
  const floor = median(runs.map((run) => run.floor));
  const rate = (ms: number) => Math.round((ANNOTATIONS / ms) * 1000).toLocaleString('en');
  const line = (label: string, ms: number) =>
    console.log(
      `${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${rate(ms).padStart(9)} annotations/s`,
    );
  console.log(
    `Import of ${ANNOTATIONS.toLocaleString('en')} annotations (${(bytes / 1024 / 1024).toFixed(1)} MB) in Chromium, median of ${RUNS} runs`,
  );
  line('read and check the file (readSharedFile)', read);
  line('applyImport into an empty database', apply);
  line('whole import: read + apply', total);
  line('the same file again (all unchanged)', again);
  line('floor: Dexie bulkPut of the same records', floor);
  console.log(`applyImport / bulkPut: ${(apply / floor).toFixed(2)}x`);
  console.log(`whole import / bulkPut: ${(total / floor).toFixed(2)}x`);
  console.log(
    `target under ${TARGET_MS} ms for the whole import: ${total < TARGET_MS ? 'met' : 'MISSED'}`,
  );
}

await main();
