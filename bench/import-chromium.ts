/**
 * 10,000 and 50,000 annotations imported in Chromium, in an extension page of the built extension, timed
 * with performance.now inside the page: the shared file read and checked (readSharedFile), then
 * written by the real applyImport in one transaction, then the same file again (all unchanged).
 * Beside it, in the same page and run, on the same records, the floor: Dexie's plain `bulkPut`
 * in one transaction, with no reading, checking or merging; and IndexedDB's own put with no
 * Dexie, to show what the browser itself costs. Planning the unchanged file again (fingerprints
 * read as index keys) is set beside reading its stored records back, as planning did before. Each phase is also timed on its own, so the
 * report says where the time goes. Target: under 2 s.
 *   npm run build && node --import tsx bench/import-chromium.ts
 *   BENCH_PROFILE=/tmp/import.cpuprofile ... also profiles one run (DevTools CPU profiler)
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/harness/browser.ts';
import { startFixtureServer } from '../tests/harness/fixture-server.ts';
import { largeSetFile } from '../tests/harness/large-set-file.ts';
import { median } from './lib/stats.ts';

/** The same per-annotation cost is expected at both sizes. */
const SIZES = (process.env.BENCH_SIZES ?? '10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 2_000;
const ROOT = path.resolve(import.meta.dirname, '..');

/** The import as the extension runs it, bundled for the page with its Dexie and zod. */
async function bundleImport(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        // First, before any schema is built: see the plugin below.
        "import 'jitless-zod';",
        "export { readSharedFile } from './utils/formats/import/parse-file.ts';",
        "export { applyImport, previewImport } from './utils/db/import.ts';",
        "export { prescanJson } from './utils/formats/import/prescan.ts';",
        "export { readRedlineSet } from './utils/formats/import/redline-set.ts';",
        "export { SHARED_FILE_LIMITS } from './utils/formats/import/limits.ts';",
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

/** Milliseconds of each phase of one run, measured in the page. */
interface RunTimes {
  /** readSharedFile, whole. */
  read: number;
  /** Its parts, timed again one by one on the same text. */
  prescan: number;
  jsonParse: number;
  schema: number;
  /** previewImport on the empty database: the reads and the merge, without writing. */
  plan: number;
  /** applyImport, whole: plan and writes in one transaction. */
  apply: number;
  again: number;
  /** previewImport once the file is stored, after the re-import: its reads and merge. */
  againPlan: number;
  /** Its peer: the stored records of the file's ids read back, as planning did before fingerprints. */
  readBack: number;
  floor: number;
  /** The same records put with IndexedDB alone, no Dexie: what the browser itself costs. */
  rawIdb: number;
}

declare global {
  var runInPageSource: typeof runInPage;
}

/**
 * One run in the page on fresh databases, which are deleted afterwards. The file comes as bytes,
 * as the extension reads a dropped File. With `phases`, each part of the reading is timed again
 * on its own (more copies of the file alive at once: done at 10,000 only).
 */
function runInPage(run: number, bytes: Uint8Array, phases: boolean): Promise<RunTimes> {
  type Bench = typeof import('../utils/db/import.ts') &
    typeof import('../utils/formats/import/parse-file.ts') &
    typeof import('../utils/formats/import/prescan.ts') &
    typeof import('../utils/formats/import/redline-set.ts') &
    typeof import('../utils/formats/import/limits.ts') &
    typeof import('../utils/db/schema.ts');
  const bench = (globalThis as unknown as { RedlineImport: Bench }).RedlineImport;
  const { readSharedFile, applyImport, previewImport, openRedlineDb } = bench;

  const timed = async <T>(work: () => T | Promise<T>): Promise<[T, number]> => {
    const start = performance.now();
    const value = await work();
    return [value, performance.now() - start];
  };
  const rawPut = (name: string, records: unknown[]) =>
    new Promise<number>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('annotations', { keyPath: 'id' });
        store.createIndex('documentKey', 'documentKey');
        store.createIndex('documentKey+provision', ['documentKey', 'provision']);
        store.createIndex('setId', 'setId');
        store.createIndex('updatedAt', 'updatedAt');
      };
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const start = performance.now();
        const tx = db.transaction('annotations', 'readwrite');
        const store = tx.objectStore('annotations');
        for (const record of records) store.put(record);
        tx.oncomplete = () => {
          const elapsed = performance.now() - start;
          db.close();
          indexedDB.deleteDatabase(name);
          resolve(elapsed);
        };
        tx.onerror = () => reject(tx.error);
      };
    });

  return (async () => {
    const ours = openRedlineDb(`bench-import-${run}`);
    const floor = openRedlineDb(`bench-floor-${run}`);
    await Promise.all([ours.open(), floor.open()]);

    console.log(`run ${run}: reading ${bytes.length} bytes`);
    const [read, readMs] = await timed(() => readSharedFile(bytes));
    console.log(`run ${run}: read in ${Math.round(readMs)} ms`);
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    if (memory)
      console.log(`run ${run}: JS heap ${Math.round(memory.usedJSHeapSize / 2 ** 20)} MB`);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const file = read.value.file;
    const records = file.annotations;

    let [prescan, jsonParse, schema] = [Number.NaN, Number.NaN, Number.NaN];
    if (phases) {
      const text = new TextDecoder().decode(bytes);
      [, prescan] = await timed(() => bench.prescanJson(text, bench.SHARED_FILE_LIMITS));
      const [root, parseMs] = await timed(() => JSON.parse(text));
      jsonParse = parseMs;
      [, schema] = await timed(() => bench.readRedlineSet(root));
    }
    const batches: number[] = [];

    const [, plan] = await timed(() => previewImport(ours, file));
    console.log(`run ${run}: planned in ${Math.round(plan)} ms`);
    const [report, apply] = await timed(() =>
      applyImport(ours, file, new Date(), (progress) => {
        batches.push(progress.written);
        console.log(`run ${run}: ${progress.written} of ${progress.total} written`);
      }),
    );
    if (batches.at(-1) !== records.length) throw new Error(`progress ended at ${batches.at(-1)}`);
    const [repeat, again] = await timed(() => applyImport(ours, file));
    const [again2, againPlan] = await timed(() => previewImport(ours, file));
    console.log(`run ${run}: re-imported unchanged in ${Math.round(again)} ms`);
    const ids = records.map((record) => record.id).sort();
    const [readRows, readBack] = await timed(() =>
      ours.transaction('r', ours.annotations, () =>
        ours.annotations
          .where('id')
          .between(ids[0] as string, ids.at(-1) as string, true, true)
          .toArray(),
      ),
    );
    console.log(
      `run ${run}: planned unchanged in ${Math.round(againPlan)} ms; stored records read back in ${Math.round(readBack)} ms`,
    );
    const [, floorMs] = await timed(() =>
      floor.transaction('rw', floor.annotations, () => floor.annotations.bulkPut(records)),
    );
    console.log(`run ${run}: Dexie bulkPut in ${Math.round(floorMs)} ms`);
    const rawIdb = await rawPut(`bench-raw-${run}`, records);

    if (
      report.counts.new !== records.length ||
      repeat.counts.unchanged !== records.length ||
      again2.counts.unchanged !== records.length ||
      readRows.length !== records.length
    )
      throw new Error(`unexpected counts ${JSON.stringify([report.counts, repeat.counts])}`);
    if ((await ours.annotations.count()) !== records.length) throw new Error('not all stored');
    ours.close();
    floor.close();
    await Promise.all([ours.delete(), floor.delete()]);
    return {
      read: readMs,
      prescan,
      jsonParse,
      schema,
      plan,
      apply,
      again,
      againPlan,
      readBack,
      floor: floorMs,
      rawIdb,
    };
  })();
}

/**
 * BENCH_PROFILE=file.cpuprofile: one more run under the DevTools CPU profiler, saved for DevTools
 * and summarised here by self time, to show where the import spends it.
 */
async function profileRun(page: Page, text: string, out: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.evaluate(
    ({ text, run }) => runInPageSource(run, new TextEncoder().encode(text), true),
    { text, run: 99 },
  );
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
  const self = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, index) => {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1) ?? ''}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (deltas[index] ?? 0) / 1000);
  });
  console.log(`\nCPU profile (${out}), self time of the top functions:`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
  }
}

async function main(): Promise<void> {
  const bundle = await bundleImport();
  const server = await startFixtureServer();
  const browser = await launchWithExtension(server);
  try {
    const page = await browser.openExtensionPage('options.html');
    // What the page says while it works, and whether it died (a renderer out of memory).
    page.on('console', (message) => console.error(`  [page] ${message.text()}`));
    page.on('crash', () => console.error('  [page] CRASHED'));
    page.on('close', () => console.error('  [page] closed'));
    // Evaluated through the debugger, which the page's CSP does not govern.
    await page.evaluate(bundle);
    // runInPage goes to the page as source; tsx's keepNames wraps its inner functions in __name.
    await page.evaluate(
      `globalThis.__name = (target) => target; globalThis.runInPageSource = ${runInPage.toString()}`,
    );
    const perAnnotation: number[] = [];
    for (const [index, count] of SIZES.entries()) {
      const text = largeSetFile(count);
      const runs: RunTimes[] = [];
      // As a user gives it: a file on disk chosen in a file input. Playwright hands Chromium the
      // path, so the bytes never cross the debugging protocol (110 MB over it never arrived).
      const filePath = path.join(tmpdir(), `redline-bench-${count}.redline.json`);
      writeFileSync(filePath, text);
      await page.evaluate(() => {
        const input = document.createElement('input');
        input.type = 'file';
        input.id = 'bench-file';
        document.body.append(input);
      });
      await page.setInputFiles('#bench-file', filePath);
      await page.evaluate(async () => {
        const input = document.querySelector<HTMLInputElement>('#bench-file');
        const file = input?.files?.[0];
        if (!file) throw new Error('no file chosen');
        (globalThis as unknown as { benchBytes: Uint8Array }).benchBytes = new Uint8Array(
          await file.arrayBuffer(),
        );
        input?.remove();
      });
      rmSync(filePath);
      const phases = count <= 10_000;
      for (let run = 0; run < RUNS; run++) {
        const id = index * RUNS + run;
        runs.push(
          await page.evaluate(
            ({ id, phases }) =>
              runInPageSource(
                id,
                (globalThis as unknown as { benchBytes: Uint8Array }).benchBytes,
                phases,
              ),
            { id, phases },
          ),
        );
      }
      await page.evaluate('globalThis.benchBytes = undefined');
      perAnnotation.push(report(runs, text.length, count));
      const out = process.env.BENCH_PROFILE;
      if (out && index === 0) await profileRun(page, text, out);
    }
    const [small, large] = perAnnotation;
    if (small !== undefined && large !== undefined) {
      console.log(
        `per-annotation cost, ${SIZES[1]?.toLocaleString('en')} / ${SIZES[0]?.toLocaleString('en')}: ${(large / small).toFixed(2)}x`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Prints one size's figures; returns the whole import's cost per annotation, in ms. */
function report(runs: RunTimes[], bytes: number, count: number): number {
  const at = (pick: (run: RunTimes) => number) => median(runs.map(pick));
  const total = at((run) => run.read + run.apply);
  const floor = at((run) => run.floor);
  const rate = (ms: number) => Math.round((count / ms) * 1000).toLocaleString('en');
  const line = (label: string, ms: number) =>
    console.log(
      `${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  ${rate(ms).padStart(9)} annotations/s`,
    );
  console.log(
    `Import of ${count.toLocaleString('en')} annotations (${(bytes / 1024 / 1024).toFixed(1)} MB) in Chromium, median of ${RUNS} runs`,
  );
  line(
    'read and check the file (readSharedFile)',
    at((run) => run.read),
  );
  const parts: Array<[string, (run: RunTimes) => number]> = [
    ['  of which: pre-scan of depth, counts, lengths, keys', (run) => run.prescan],
    ['  of which: JSON.parse', (run) => run.jsonParse],
    ['  of which: schema (zod, jitless) and references', (run) => run.schema],
  ];
  // Timed at 10,000 only (see runInPage).
  for (const [label, pick] of parts) if (!Number.isNaN(at(pick))) line(label, at(pick));
  line(
    'applyImport into an empty database',
    at((run) => run.apply),
  );
  line(
    '  of which: plan (reads and merge; previewImport)',
    at((run) => run.plan),
  );
  line('whole import: read + apply', total);
  line(
    '  the first run, in a page that has not run it yet',
    runs[0] ? runs[0].read + runs[0].apply : 0,
  );
  line(
    'the same file again (all unchanged)',
    at((run) => run.again),
  );
  line(
    '  of which: plan (previewImport)',
    at((run) => run.againPlan),
  );
  line(
    '  peer: the stored records read back (Dexie toArray)',
    at((run) => run.readBack),
  );
  line('floor: Dexie bulkPut of the same records', floor);
  line(
    'reference: IndexedDB put alone, no Dexie',
    at((run) => run.rawIdb),
  );
  console.log(`applyImport / bulkPut: ${(at((run) => run.apply) / floor).toFixed(2)}x`);
  console.log(`whole import / bulkPut: ${(total / floor).toFixed(2)}x`);
  console.log(
    `plan of the unchanged file / reading its records back: ${(at((run) => run.againPlan) / at((run) => run.readBack)).toFixed(2)}x`,
  );
  console.log(
    `target under ${TARGET_MS} ms per 10,000 annotations: ${total < (TARGET_MS * count) / 10_000 ? 'met' : 'MISSED'}`,
  );
  return total / count;
}

await main();
