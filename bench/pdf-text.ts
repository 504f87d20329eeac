/**
 * The Arabic, Chinese and Russian PDFs whose fonts hide their letters (tests/fixtures/pdf-text):
 * for each way of reading them — poppler's pdftotext and raw pdf.js getTextContent (the peers),
 * Redline with the font's own tables, with the parallel text, with OCR — the articles the outline
 * finds, the character accuracy against the official text, 300 official quotes anchored, and the
 * time per page, with its ratio to raw pdf.js on the same file in the same run; for a recovered
 * text short of 100 %, what kinds of differences remain.
 *   node --import tsx bench/pdf-text.ts          (add --no-ocr to skip OCR: about 15 s a page)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { recognizePdfPages } from '../cli/ocr.ts';
import {
  anchorOfficialQuotes,
  articleNumbers,
  characterAccuracy,
  EDITIONS,
  type Edition,
  errorKinds,
  fixturePath,
  officialText,
} from '../tests/unit/pdf/helpers/recovered-text.ts';
import { extractPdfText } from '../utils/pdf/extract.ts';
import { layoutPdfText } from '../utils/pdf/layout.ts';
import { openPdfInNode } from '../utils/pdf/node.ts';
import { pdfPagesInNode, recoverPdfTextInNode } from '../utils/pdf/read-file.ts';
import type { TextSource } from '../utils/pdf/recover.ts';
import { median } from './lib/stats.ts';

const QUOTES = 300;
const RUNS = 3;
const withOcr = !process.argv.includes('--no-ocr');

async function timed<T>(run: () => Promise<T>, runs = RUNS): Promise<{ value: T; ms: number }> {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = await run();
    times.push(performance.now() - start);
  }
  return { value: value as T, ms: median(times) };
}

/** pdf.js's own text: every page's items joined, as a viewer's copy would give. */
async function rawPdfJs(bytes: Uint8Array): Promise<string> {
  const opened = await openPdfInNode(bytes);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= opened.pdf.numPages; n++) {
      const page = await opened.pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items.map((item) => ('str' in item ? (item.str as string) : '')).join(' '),
      );
    }
    return pages.join('\n');
  } finally {
    await opened.close();
  }
}

interface Row {
  file: string;
  path: string;
  text: string;
  ms: number;
}

function print(rows: Row[], official: string, pages: number, peerMs: number): void {
  for (const row of rows) {
    const articles = articleNumbers(row.text).length;
    const accuracy = characterAccuracy(row.text, official);
    const quotes = anchorOfficialQuotes(row.text, official, QUOTES);
    console.log(
      [
        row.file.padEnd(18),
        row.path.padEnd(22),
        `articles ${String(articles).padStart(2)}/30`,
        `accuracy ${(accuracy * 100).toFixed(2).padStart(6)} %`,
        `quotes right ${String(quotes.right).padStart(3)} wrong ${String(quotes.wrong).padStart(3)} orphan ${String(quotes.orphans).padStart(3)}`,
        `${(row.ms / pages).toFixed(0).padStart(6)} ms/page`,
        `× ${(row.ms / peerMs).toFixed(1)} raw pdf.js`,
      ].join('  '),
    );
    // Where a recovered text still differs, and why, in characters of the official text.
    if (accuracy > 0 && accuracy < 1) {
      const kinds = Object.entries(errorKinds(row.text, official)).filter(([, count]) => count > 0);
      console.log(
        `${' '.repeat(42)}differences: ${kinds.map(([kind, n]) => `${kind} ${n}`).join(', ')}`,
      );
    }
  }
}

async function benchEdition(edition: Edition, file: string): Promise<void> {
  const path = fixturePath(file);
  const bytes = new Uint8Array(readFileSync(path));
  const official = officialText(edition);
  const pages = (await pdfPagesInNode(bytes)).length;
  const rows: Row[] = [];
  const pdftotext = await timed(async () =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString(),
  );
  const raw = await timed(() => rawPdfJs(bytes));
  rows.push({ file, path: 'pdftotext', text: pdftotext.value, ms: pdftotext.ms });
  rows.push({ file, path: 'pdf.js getTextContent', text: raw.value, ms: raw.ms });
  const plain = await timed(async () => {
    const opened = await openPdfInNode(bytes);
    try {
      return (await extractPdfText(opened.pdf)).text.text;
    } finally {
      await opened.close();
    }
  });
  rows.push({ file, path: 'Redline, no recovery', text: plain.value, ms: plain.ms });
  const recover = async (source: TextSource, parallelText?: string) => {
    const recovery = await recoverPdfTextInNode(bytes, file, {
      language: edition,
      sources: [source],
      ...(parallelText ? { parallelText } : {}),
      ...(source === 'ocr'
        ? {
            recognize: async (pdf: Uint8Array) =>
              (await recognizePdfPages(pdf, edition))
                .map((page) => page.replace(/\n(?!\s*\n)/g, ' '))
                .join('\n'),
          }
        : {}),
    });
    return layoutPdfText(recovery.pages).text;
  };
  const font = await timed(() => recover('font'));
  rows.push({ file, path: "Redline, font's tables", text: font.value, ms: font.ms });
  const parallel = await timed(() => recover('parallel', official));
  rows.push({ file, path: 'Redline, parallel text', text: parallel.value, ms: parallel.ms });
  if (withOcr) {
    const ocr = await timed(() => recover('ocr'), 1);
    rows.push({ file, path: 'Redline, OCR', text: ocr.value, ms: ocr.ms });
  }
  print(rows, official, pages, raw.ms);
}

// A first opening loads pdf.js and its worker: not counted against anyone.
await pdfPagesInNode(new Uint8Array(readFileSync(fixturePath('udhr-ru.pdf'))));
console.log(`${QUOTES} quotes of the official text per file; median of ${RUNS} runs (OCR: 1 run)`);
for (const edition of EDITIONS) await benchEdition(edition, `udhr-${edition}.pdf`);
await benchEdition('ru', 'udhr-ru-cmap.pdf');
