/**
 * Comments on the corpus-built UN PDF, and reading PDFs back as a reader would: pdf.js's own
 * annotation and text-content APIs, and poppler's renderer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFHexString, PDFString } from 'pdf-lib';
import { expect } from 'vitest';
import { describePassage } from '../../utils/anchoring/describe.ts';
import type { SearchText } from '../../utils/anchoring/search-text.ts';
import type { Annotation, Proposal } from '../../utils/formats/annotation.ts';
import type { RedlineSetFile } from '../../utils/formats/set-file.ts';
import { openPdfInNode } from '../../utils/pdf/node.ts';
import type { UnPdf } from './make-un-pdf.ts';

export interface PassageSpec {
  id: string;
  start: number;
  end: number;
  comment: string;
  proposal?: Proposal;
  rationale?: string;
}

export const LAYER_COLOUR = '#4fc3f7';

export function commentsOn(
  search: SearchText,
  documentKey: string,
  specs: readonly PassageSpec[],
): RedlineSetFile {
  const annotations: Annotation[] = specs.map((spec, index) => {
    const target = describePassage(search, spec.start, spec.end);
    return {
      id: spec.id,
      setId: 'own',
      documentKey,
      target,
      provision: target.structure?.address ?? '',
      comment: spec.comment,
      ...(spec.proposal ? { proposal: spec.proposal } : {}),
      rationale: spec.rationale ?? '',
      tags: [],
      author: { id: 'ana', name: 'Ana Ruiz', organisation: 'Coalition for Rights' },
      createdAt: `2026-11-0${index + 1}T09:00:00.000Z`,
      updatedAt: `2026-11-1${index + 1}T10:30:00.000Z`,
    };
  });
  return {
    format: 'redline.annotation-set',
    version: 1,
    exportedAt: '2026-11-20T00:00:00.000Z',
    sets: [
      {
        id: 'own',
        name: 'Coalition comments',
        colour: LAYER_COLOUR,
        owner: { organisation: 'Coalition for Rights', author: 'Ana Ruiz' },
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-20T00:00:00.000Z',
      },
    ],
    documents: [{ key: documentKey, symbol: 'A/AC.254/4/Rev.11', language: 'en', versions: [] }],
    annotations,
  };
}

/** What pdf.js reports of one annotation, on which page. */
export interface ReadAnnotation {
  page: number;
  subtype: string;
  contents: string;
  title: string;
  modificationDate: string;
  color: number[];
  quads: number[][];
}

export interface ReadItem {
  page: number;
  str: string;
  /** [left, bottom, right, top] in PDF units, from the item's transform, width and height. */
  box: [number, number, number, number];
}

/** Every annotation and every text item of a PDF, as pdf.js reads them. */
export async function readBackPdf(
  bytes: Uint8Array,
): Promise<{ annotations: ReadAnnotation[]; items: ReadItem[] }> {
  const opened = await openPdfInNode(bytes);
  const annotations: ReadAnnotation[] = [];
  const items: ReadItem[] = [];
  try {
    for (let number = 1; number <= opened.pdf.numPages; number++) {
      // The Node build's page proxy: the structural type in utils/pdf leaves these out.
      const page = (await opened.pdf.getPage(number)) as unknown as {
        getAnnotations(): Promise<Array<Record<string, unknown>>>;
        getTextContent(): Promise<{ items: Array<Record<string, unknown>> }>;
      };
      for (const data of await page.getAnnotations()) {
        const flat = Array.from((data.quadPoints as ArrayLike<number> | undefined) ?? []);
        annotations.push({
          page: number - 1,
          subtype: String(data.subtype),
          contents: String((data.contentsObj as { str?: string } | undefined)?.str ?? ''),
          title: String((data.titleObj as { str?: string } | undefined)?.str ?? ''),
          modificationDate: String(data.modificationDate ?? ''),
          color: Array.from((data.color as ArrayLike<number> | undefined) ?? []),
          quads: Array.from({ length: flat.length / 8 }, (_, i) => flat.slice(i * 8, i * 8 + 8)),
        });
      }
      for (const item of (await page.getTextContent()).items) {
        if (typeof item.str !== 'string' || item.str === '') continue;
        const [, , , , x = 0, y = 0] = item.transform as number[];
        const height = item.height as number;
        items.push({
          page: number - 1,
          str: item.str,
          box: [x, y, x + (item.width as number), y + height],
        });
      }
    }
  } finally {
    await opened.close();
  }
  return { annotations, items };
}

export function quadBounds(quad: readonly number[]): [number, number, number, number] {
  const xs = [quad[0], quad[2], quad[4], quad[6]] as number[];
  const ys = [quad[1], quad[3], quad[5], quad[7]] as number[];
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export function overlaps(
  a: readonly [number, number, number, number],
  b: readonly [number, number, number, number],
): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** A page rendered by poppler's pdftoppm, as RGB pixels; y counts from the top. */
export interface RenderedPage {
  width: number;
  height: number;
  /** Pixels per PDF unit. */
  scale: number;
  rgb(x: number, y: number): [number, number, number];
}

export function renderWithPoppler(bytes: Uint8Array, page: number, dpi = 144): RenderedPage {
  const directory = mkdtempSync(join(tmpdir(), 'redline-poppler-'));
  const input = join(directory, 'in.pdf');
  writeFileSync(input, bytes);
  const prefix = join(directory, 'page');
  execFileSync('pdftoppm', [
    '-r',
    String(dpi),
    '-f',
    String(page + 1),
    '-l',
    String(page + 1),
    '-singlefile',
    input,
    prefix,
  ]);
  const ppm = readFileSync(`${prefix}.ppm`);
  // Binary PPM: "P6 width height 255" then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no binary PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = (header[0] as string).length;
  return {
    width,
    height,
    scale: dpi / 72,
    rgb(x, y) {
      const at = offset + (Math.round(y) * width + Math.round(x)) * 3;
      return [ppm[at] as number, ppm[at + 1] as number, ppm[at + 2] as number];
    },
  };
}

export function hasPoppler(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The colleague's note, in a PDF written by pdf-lib as another PDF tool would write it. */
export const COLLEAGUE_NOTE = 'Add “and regulatory”.';
export const COLLEAGUE_LINE = 'Each State Party shall adopt such legislative';

/** A colleague's copy of the draft with an Underline and its comment, written by pdf-lib. */
export async function colleaguePdf(made: UnPdf, items: readonly ReadItem[]): Promise<Uint8Array> {
  const line = items.find((item) => item.str.includes(COLLEAGUE_LINE)) as ReadItem;
  const doc = await PDFDocument.load(made.bytes);
  const [left, bottom, right, top] = line.box;
  const underline = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Underline',
      Rect: line.box,
      QuadPoints: [left, top, right, top, left, bottom, right, bottom],
      Contents: PDFHexString.fromText(COLLEAGUE_NOTE),
      T: PDFHexString.fromText('Lena Müller'),
      M: PDFString.of("D:20261105120000+01'00'"),
    } as never),
  );
  doc.getPage(line.page).node.addAnnot(underline);
  return doc.save();
}

/**
 * A "PDF with comments" holding one comment, read back by pdf.js: one Highlight, holding the
 * comment, whose quads lie over the passage's words.
 */
export async function expectOneHighlightOver(
  bytes: Uint8Array,
  passage: string,
  comment: string,
): Promise<void> {
  const back = await readBackPdf(bytes);
  expect(back.annotations).toHaveLength(1);
  const [highlight] = back.annotations;
  expect(highlight?.subtype).toBe('Highlight');
  expect(highlight?.contents).toContain(comment);
  const line = back.items.find(
    (item) => item.page === highlight?.page && item.str.includes(passage),
  ) as ReadItem;
  expect(line).toBeDefined();
  expect(highlight?.quads.some((quad) => overlaps(quadBounds(quad), line.box))).toBe(true);
}
