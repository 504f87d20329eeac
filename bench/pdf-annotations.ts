/**
 * Annotated PDFs under Node, on a 60-page UN draft PDF:
 *  - export of 300 comments: Redline's whole path (read the text, find each passage, lay quads
 *    over its glyphs, write the annotations as an incremental update), beside pdf-lib writing
 *    the same annotations with the quads given (no text, no anchoring, no geometry); once for a
 *    PDF no Redline page has read (every page read by pdf.js), once for a PDF the viewer has
 *    shown (its reading found in the database by the digest of the bytes, as the Export tab
 *    does);
 *  - import of a PDF with 1,000 highlights: Redline's whole path (read the annotations, read the
 *    text, find the words under each highlight), beside pdf.js reading the same annotations.
 *   node --import tsx bench/pdf-annotations.ts
 */
import 'fake-indexeddb/auto';
import { PDFDocument, PDFHexString, PDFString } from 'pdf-lib';
import { passagesOnHtmlDraft } from '../tests/harness/draft-passages.ts';
import { makeUnPdf } from '../tests/harness/make-un-pdf.ts';
import { keepPdfReading, storedPdfReading } from '../utils/db/pdf-readings.ts';
import { openRedlineDb } from '../utils/db/schema.ts';
import type { Annotation } from '../utils/formats/annotation.ts';
import type { PdfMarkup } from '../utils/pdf/annotated-pdf.ts';
import { annotatedPdf, readAnnotatedPdf } from '../utils/pdf/annotated-pdf-flow.ts';
import { pdfDigest } from '../utils/pdf/digest.ts';
import { readPdfPages } from '../utils/pdf/extract.ts';
import { boundsOf } from '../utils/pdf/glyph-geometry.ts';
import { openPdfInNode } from '../utils/pdf/node.ts';
import { annotatedPdfFile } from '../utils/pdf/read-file.ts';
import { median } from './lib/stats.ts';

const PAGES = 60;
const EXPORTED = 300;
const IMPORTED = 1_000;
const RUNS = 5;
const COLOURS = new Map([['own', '#ffd54f']]);

function annotationsOn(count: number): Annotation[] {
  return passagesOnHtmlDraft(count, 6).map((target, i) => ({
    id: `bench-${i}`,
    setId: 'own',
    documentKey: 'A/AC.254/4/Rev.11|en',
    target,
    provision: target.structure?.address ?? '',
    comment: `Comment ${i}: narrow this provision.`,
    proposal: { kind: 'replace', text: 'a narrower wording' },
    rationale: 'Legal certainty.',
    tags: [],
    author: { id: 'ana', name: 'Ana Ruiz' },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-02T00:00:00.000Z',
  }));
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

function redlineExport(bytes: Uint8Array, annotations: Annotation[]) {
  return annotatedPdf(bytes, openPdfInNode, annotations, COLOURS);
}

const db = openRedlineDb('bench-pdf-annotations');

/** What the viewer does once it has shown the PDF: keeps what pdf.js read of every page. */
async function viewerReads(bytes: Uint8Array): Promise<void> {
  const opened = await openPdfInNode(bytes);
  try {
    await keepPdfReading(db, await pdfDigest(bytes), await readPdfPages(opened.pdf));
  } finally {
    await opened.close();
  }
}

/** The Export tab on a PDF the viewer read: the reading found by the bytes' digest. */
async function exportAfterViewer(bytes: Uint8Array, annotations: Annotation[]) {
  const read = await storedPdfReading(db, await pdfDigest(bytes));
  if (!read) throw new Error('the viewer kept no reading of this PDF');
  return annotatedPdf(bytes, openPdfInNode, annotations, COLOURS, read);
}

/** The peer: pdf-lib adds the same dictionaries, quads already known, and saves. */
async function pdfLibWrite(bytes: Uint8Array, markups: readonly PdfMarkup[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages();
  for (const markup of markups) {
    for (const part of markup.pages) {
      const page = pages[part.page] as (typeof pages)[number];
      page.node.addAnnot(
        doc.context.register(
          doc.context.obj({
            Type: 'Annot',
            Subtype: markup.subtype,
            Rect: boundsOf(part.quads),
            QuadPoints: part.quads.flat(),
            Contents: PDFHexString.fromText(markup.contents),
            T: PDFHexString.fromText(markup.author),
            NM: PDFHexString.fromText(markup.id),
            M: PDFString.fromDate(new Date(markup.modified ?? 0)),
            C: [1, 0.84, 0.31],
            F: 4,
          }),
        ),
      );
    }
  }
  return doc.save({ useObjectStreams: false });
}

/** The peer for reading: pdf.js's annotations of every page, as a viewer reads them. */
async function pdfjsRead(bytes: Uint8Array): Promise<number> {
  const opened = await openPdfInNode(bytes);
  let count = 0;
  try {
    for (let number = 1; number <= opened.pdf.numPages; number++) {
      const page = (await opened.pdf.getPage(number)) as unknown as {
        getAnnotations(): Promise<unknown[]>;
      };
      count += (await page.getAnnotations()).length;
    }
  } finally {
    await opened.close();
  }
  return count;
}

async function main(): Promise<void> {
  const made = await makeUnPdf({ minPages: PAGES });
  const toExport = annotationsOn(EXPORTED);
  await viewerReads(made.bytes);
  // Each run times the three in turn, so both of Redline's paths meet the same warmed peer.
  const exportRuns: number[] = [];
  const viewedRuns: number[] = [];
  const peerRuns: number[] = [];
  let plan: Awaited<ReturnType<typeof redlineExport>>['plan'] | undefined;
  let same = true;
  for (let run = 0; run < RUNS; run++) {
    const ours = await timed(() => redlineExport(made.bytes, toExport));
    exportRuns.push(ours.ms);
    plan = ours.value.plan;
    const viewed = await timed(() => exportAfterViewer(made.bytes, toExport));
    viewedRuns.push(viewed.ms);
    same &&= JSON.stringify(viewed.value.plan) === JSON.stringify(plan);
    const markups = ours.value.plan.markups;
    peerRuns.push((await timed(() => pdfLibWrite(made.bytes, markups))).ms);
  }
  const placed = plan?.markups.length ?? 0;
  const exportMs = median(exportRuns);
  const viewedMs = median(viewedRuns);
  const peerMs = median(peerRuns);
  console.log(
    `export: ${EXPORTED} comments on a ${made.pages}-page PDF (${placed} placed, ${plan?.unplaced.length ?? 0} not); pdf-lib writing the same annotations ${peerMs.toFixed(0)} ms.\n` +
      `  Redline, a PDF no Redline page has read (every page read by pdf.js): ${exportMs.toFixed(0)} ms (${(exportMs / peerMs).toFixed(2)}×)\n` +
      `  Redline, a PDF the viewer read (its reading found by the bytes' digest): ${viewedMs.toFixed(0)} ms (${(viewedMs / peerMs).toFixed(2)}×; ${same ? 'the same annotations' : 'OTHER ANNOTATIONS THAN READING EVERY PAGE'})`,
  );

  const toImport = annotationsOn(IMPORTED);
  const annotated = (await redlineExport(made.bytes, toImport)).bytes;
  const importRuns: number[] = [];
  const readRuns: number[] = [];
  let imported = 0;
  let read = 0;
  for (let run = 0; run < RUNS; run++) {
    const ours = await timed(() =>
      readAnnotatedPdf(annotated, openPdfInNode, annotatedPdfFile('A_AC.254_4_Rev.11_E.pdf')),
    );
    importRuns.push(ours.ms);
    imported = ours.value.ok ? ours.value.value.file.annotations.length : 0;
    const peer = await timed(() => pdfjsRead(annotated));
    readRuns.push(peer.ms);
    read = peer.value;
  }
  const importMs = median(importRuns);
  const readMs = median(readRuns);
  console.log(
    `import: a PDF with ${read} annotations → ${imported} comments on their words: Redline ${importMs.toFixed(0)} ms; pdf.js getAnnotations of every page ${readMs.toFixed(0)} ms (${(importMs / readMs).toFixed(2)}×)`,
  );
}

await main();
