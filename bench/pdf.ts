/**
 * A 60-page UN draft PDF in Chromium (after `npm run build`):
 *  - time to the first page drawn with its text layer, in Redline's viewer (the extension, its
 *    redline:first-page mark), beside plain pdf.js doing the same on a page of its own
 *    (bench/pdf-page/plain-first-page.ts: same PDF, server, scale and pixel ratio; no Redline);
 *  - time to extract and outline all pages with Redline's extraction, beside raw pdf.js
 *    `getTextContent` over all pages, in the same page and run;
 *  - time to anchor 300 comments made on the HTML draft onto the PDF's text.
 * Targets: first page under 1 s, 300 anchors under 500 ms.
 *   npm run build && node --import tsx bench/pdf.ts [--first-page]   (BENCH_RUNS=n, default 5)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { launchWithExtension } from '../tests/harness/browser.ts';
import { passagesOnHtmlDraft } from '../tests/harness/draft-passages.ts';
import { startFixtureServer } from '../tests/harness/fixture-server.ts';
import { makeUnPdf, UNTOC_PDF_URL } from '../tests/harness/make-un-pdf.ts';
import { median } from './lib/stats.ts';

const PAGES = 60;
const ANNOTATIONS = 300;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** `--first-page`: only the viewer's first page beside its peer. */
const FIRST_PAGE_ONLY = process.argv.includes('--first-page');
const root = path.resolve(import.meta.dirname, '..');
/** A host the fixture server answers that Redline's content script does not match. */
const PEER_HOST = 'example.org';

async function main(): Promise<void> {
  const made = await makeUnPdf({ minPages: PAGES });
  const bundle = async (file: string) => {
    const built = await build({
      entryPoints: [path.join(import.meta.dirname, 'pdf-page', file)],
      bundle: true,
      format: 'esm',
      write: false,
    });
    return built.outputFiles[0]?.text ?? '';
  };
  const server = await startFixtureServer();
  const pdfPath = new URL(UNTOC_PDF_URL).pathname;
  const worker = readFileSync(path.join(root, 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs'));
  server.routes.set(`www.unodc.org${pdfPath}`, { body: made.bytes, type: 'application/pdf' });
  server.routes.set('www.unodc.org/bench/pdf.html', {
    body: '<!doctype html><script type="module" src="/bench/pdf.js"></script>',
    type: 'text/html',
  });
  server.routes.set('www.unodc.org/bench/pdf.js', {
    body: await bundle('measure.ts'),
    type: 'text/javascript',
  });
  server.routes.set('www.unodc.org/bench/pdf.worker.min.mjs', {
    body: worker,
    type: 'text/javascript',
  });
  // The peer runs on a host of its own: no Redline content script, and pdf.js alone in its script.
  server.routes.set(`${PEER_HOST}${pdfPath}`, { body: made.bytes, type: 'application/pdf' });
  server.routes.set(`${PEER_HOST}/bench/plain.html`, {
    body: '<!doctype html><script type="module" src="/bench/plain.js"></script>',
    type: 'text/html',
  });
  server.routes.set(`${PEER_HOST}/bench/plain.js`, {
    body: await bundle('plain-first-page.ts'),
    type: 'text/javascript',
  });
  server.routes.set(`${PEER_HOST}/bench/pdf.worker.min.mjs`, {
    body: worker,
    type: 'text/javascript',
  });
  const browser = await launchWithExtension(server);
  const passages = passagesOnHtmlDraft(ANNOTATIONS, 6);
  try {
    // The viewer and its peer take turns, so a change in the machine's load falls on both.
    const firstPage: number[] = [];
    const plainFirstPage: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const viewer = await browser.context.newPage();
      await viewer.goto(
        `chrome-extension://${browser.extensionId}/viewer.html?file=${encodeURIComponent(UNTOC_PDF_URL)}`,
      );
      await viewer.locator('.page[data-page="1"][data-rendered] .textLayer span').first().waitFor();
      firstPage.push(
        await viewer.evaluate(() => {
          // Its own mark: the time the evaluation itself waits for the busy page is not counted.
          const [navigation] = performance.getEntriesByType('navigation');
          const [drawn] = performance.getEntriesByName('redline:first-page');
          return (drawn?.startTime ?? Number.NaN) - (navigation?.startTime ?? 0);
        }),
      );
      await viewer.close();

      const plain = await browser.context.newPage();
      await plain.goto(`http://${PEER_HOST}/bench/plain.html?pdf=${encodeURIComponent(pdfPath)}`);
      await plain.waitForFunction(() => 'plainFirstPageAt' in globalThis, null, {
        timeout: 60_000,
      });
      plainFirstPage.push(
        await plain.evaluate(() => {
          const [navigation] = performance.getEntriesByType('navigation');
          const done = (globalThis as { plainFirstPageAt?: number }).plainFirstPageAt ?? 0;
          return done - (navigation?.startTime ?? 0);
        }),
      );
      await plain.close();
    }
    // The first opening also starts pdf.js's worker and compiles it: reported apart.
    const [cold = Number.NaN, ...warm] = firstPage;
    const first = median(warm);
    const [, ...plainWarm] = plainFirstPage;
    const plain = median(plainWarm);
    console.log(
      `PDF: ${made.pages} pages, ${ANNOTATIONS} passages chosen in the HTML draft; first page: medians of ${RUNS - 1} warm runs (load ${loadavg()[0]?.toFixed(1)})`,
    );
    console.log(
      `first page with text layer (viewer, from navigation): ${first.toFixed(0)} ms (target < 1000); first opening, worker cold: ${cold.toFixed(0)} ms`,
    );
    console.log(
      `plain pdf.js, page 1 with text layer (peer):  ${plain.toFixed(0)} ms  (viewer ${(first / plain).toFixed(2)}x plain)`,
    );
    if (FIRST_PAGE_ONLY) return;

    const page = await browser.context.newPage();
    await page.goto('https://www.unodc.org/bench/pdf.html');
    await page.waitForFunction(() => 'benchPdf' in globalThis);
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(
        await page.evaluate(
          ({ url, passages }) =>
            (
              globalThis as unknown as {
                benchPdf: (url: string, passages: unknown[]) => Promise<Record<string, number>>;
              }
            ).benchPdf(url, passages),
          { url: UNTOC_PDF_URL, passages },
        ),
      );
    }
    const raw = median(runs.map((run) => run.rawMs as number));
    const extract = median(runs.map((run) => run.extractMs as number));
    const anchor = median(runs.map((run) => run.anchorMs as number));
    console.log(`raw pdf.js getTextContent, all pages:        ${raw.toFixed(0)} ms`);
    console.log(
      `Redline extract + outline, all pages:        ${extract.toFixed(0)} ms  (${(extract / raw).toFixed(2)}x raw)`,
    );
    console.log(
      `anchor ${ANNOTATIONS} comments on the PDF text:        ${anchor.toFixed(0)} ms (target < 500), ${runs[0]?.placed}/${ANNOTATIONS} placed`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
