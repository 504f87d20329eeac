import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main.ts';
import type { SearchText } from '../../../utils/anchoring/search-text.ts';
import { keepPdfReading, storedPdfReading } from '../../../utils/db/pdf-readings.ts';
import type { RedlineSetFile } from '../../../utils/formats/set-file.ts';
import { annotatedPdf } from '../../../utils/pdf/annotated-pdf-flow.ts';
import { pdfDigest } from '../../../utils/pdf/digest.ts';
import { pdfDraftSearch } from '../../../utils/pdf/draft-search.ts';
import { extractPdfText } from '../../../utils/pdf/extract.ts';
import { openPdfInNode } from '../../../utils/pdf/node.ts';
import {
  commentsOn,
  hasPoppler,
  LAYER_COLOUR,
  overlaps,
  quadBounds,
  type ReadAnnotation,
  type ReadItem,
  readBackPdf,
  renderWithPoppler,
} from '../../harness/annotated-pdf.ts';
import { deleteOpened, freshDb } from '../../harness/fresh-db.ts';
import { makeUnPdf, type UnPdf } from '../../harness/make-un-pdf.ts';

afterEach(deleteOpened);

const DOCUMENT = 'A/AC.254/4/Rev.11|en';

let made: UnPdf;
let search: SearchText;
let set: RedlineSetFile;
let directory: string;
let exported: Uint8Array;
let readBack: { annotations: ReadAnnotation[]; items: ReadItem[] };
let stderr: string;

/** Offsets of `phrase` in the text, the `nth` time it stands there. */
function find(text: string, phrase: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`"${phrase}" is not in the PDF's text`);
  return { start: at, end: at + phrase.length };
}

async function run(...args: string[]) {
  let err = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: await main(['node', 'redline', ...args]), stderr: err };
  } finally {
    out.mockRestore();
    errSpy.mockRestore();
  }
}

beforeAll(async () => {
  made = await makeUnPdf();
  const opened = await openPdfInNode(made.bytes);
  const { text } = await extractPdfText(opened.pdf);
  await opened.close();
  ({ search } = pdfDraftSearch(text.text));
  const full = text.text;
  const pageBreak = made.breaks[0] as UnPdf['breaks'][number];
  const tail = pageBreak.lastLine.split(' ').slice(-3).join(' ');
  const head = pageBreak.firstLine.split(' ').slice(0, 3).join(' ');
  const acrossPages = find(full, `${tail} ${head}`);
  const sovereignty = find(
    full,
    'in a manner consistent with the principles of sovereign equality',
  );
  set = commentsOn(search, DOCUMENT, [
    {
      id: 'c-group',
      ...find(full, 'organized criminal group'),
      comment: 'Define the group by its purpose, not its size.',
      proposal: { kind: 'replace', text: 'structured criminal group' },
      rationale: 'Aligns with the Palermo Protocols.',
    },
    {
      id: 'c-page-break',
      ...acrossPages,
      comment: 'This obligation runs on across pages.',
    },
    {
      id: 'c-delete',
      ...sovereignty,
      comment: 'Redundant with Article 4(2).',
      proposal: { kind: 'delete', text: '' },
    },
    {
      id: 'c-long',
      start: sovereignty.start - 60,
      end: sovereignty.end + 120,
      comment: 'A passage over several printed lines: «сохранить» — 保留 — يحتفظ.',
    },
    {
      id: 'c-elsewhere',
      // A passage from another text: it must be reported, not drawn on other words.
      start: 0,
      end: 10,
      comment: 'Not in this PDF.',
    },
  ]);
  // The last comment quotes words the PDF does not hold.
  const elsewhere = set.annotations[4] as RedlineSetFile['annotations'][number];
  elsewhere.target.quote = {
    type: 'TextQuoteSelector',
    exact: 'a sentence no version of this draft ever held',
    prefix: '',
    suffix: '',
  };
  elsewhere.target.documentVersion = 'another';
  directory = mkdtempSync(join(tmpdir(), 'redline-pdf-export-'));
  writeFileSync(join(directory, 'draft.pdf'), made.bytes);
  writeFileSync(join(directory, 'comments.redline.json'), JSON.stringify(set));
  const result = await run(
    'export',
    join(directory, 'comments.redline.json'),
    '--format',
    'pdf',
    '--pdf',
    join(directory, 'draft.pdf'),
    '-o',
    join(directory, 'out.pdf'),
  );
  expect(result.code).toBe(0);
  stderr = result.stderr;
  exported = new Uint8Array(readFileSync(join(directory, 'out.pdf')));
  readBack = await readBackPdf(exported);
}, 60_000);

const byContents = (needle: string) =>
  readBack.annotations.filter((annotation) => annotation.contents.includes(needle));

describe('redline export --format pdf', () => {
  it('keeps the original bytes and adds the annotations after them', () => {
    expect(exported.length).toBeGreaterThan(made.bytes.length);
    expect(
      Buffer.from(exported.subarray(0, made.bytes.length)).equals(Buffer.from(made.bytes)),
    ).toBe(true);
  });

  it('writes one annotation per passage and page: Highlight, StrikeOut for a deletion', () => {
    const subtypes = readBack.annotations.map((annotation) => annotation.subtype).sort();
    // Four passages placed; the one across the page break is two annotations.
    expect(readBack.annotations).toHaveLength(5);
    expect(subtypes).toEqual(['Highlight', 'Highlight', 'Highlight', 'Highlight', 'StrikeOut']);
    const acrossPages = byContents('runs on across pages');
    // The harness counts pages from 1, pdf.js's annotations from 0.
    const lastPage = (made.breaks[0]?.page as number) - 1;
    expect(acrossPages.map((annotation) => annotation.page)).toEqual([lastPage, lastPage + 1]);
    expect(byContents('Redundant')[0]?.subtype).toBe('StrikeOut');
  });

  it('puts the comment, the amendment as text and the rationale in Contents; author, date, colour', () => {
    const [group] = byContents('Define the group');
    expect(group?.contents).toContain(
      'Proposed amendment (replace with):\nstructured criminal group',
    );
    expect(group?.contents).toContain('The text would read:\nstructured criminal group');
    expect(group?.contents).toContain('Rationale:\nAligns with the Palermo Protocols.');
    expect(group?.contents).toMatch(/^Provision: Art\. \d/);
    expect(group?.title).toBe('Ana Ruiz (Coalition for Rights)');
    expect(group?.modificationDate).toBe('D:20261111103000Z');
    expect(group?.color).toEqual([0x4f, 0xc3, 0xf7]);
    expect(LAYER_COLOUR).toBe('#4fc3f7');
    expect(byContents('сохранить')[0]?.contents).toContain('保留 — يحتفظ');
  });

  it('lays the quads over the words of the passage and nothing else on their lines', () => {
    for (const annotation of readBack.annotations) {
      for (const quad of annotation.quads) {
        const bounds = quadBounds(quad);
        const under = readBack.items.filter(
          (item) => item.page === annotation.page && overlaps(item.box, bounds),
        );
        expect(under.length).toBeGreaterThan(0);
      }
    }
    const [group] = byContents('Define the group');
    expect(group?.quads).toHaveLength(1);
    const bounds = quadBounds(group?.quads[0] as number[]);
    const line = readBack.items.find(
      (item) => item.page === group?.page && overlaps(item.box, bounds),
    ) as ReadItem;
    // The quad spans the three words' share of their line, not the whole line.
    const lineWidth = line.box[2] - line.box[0];
    const share = (bounds[2] - bounds[0]) / lineWidth;
    const words = 'organized criminal group'.length / line.str.length;
    expect(Math.abs(share - words)).toBeLessThan(0.08);
    const long = byContents('сохранить')[0] as ReadAnnotation;
    expect(long.quads.length).toBeGreaterThanOrEqual(2);
  });

  it('names what it could not place, and draws nothing for it', () => {
    expect(byContents('Not in this PDF')).toHaveLength(0);
    expect(stderr).toContain('not in the PDF');
    expect(stderr).toContain('its words are not in this text (another version of the draft?)');
  });

  it.skipIf(!hasPoppler())(
    'renders with poppler: highlight colour under the passage, glyphs still dark',
    () => {
      const [group] = byContents('Define the group');
      const page = renderWithPoppler(exported, group?.page as number);
      const plain = renderWithPoppler(made.bytes, group?.page as number);
      const [left, bottom, right, top] = quadBounds(group?.quads[0] as number[]);
      let tinted = 0;
      let dark = 0;
      let total = 0;
      for (let x = left + 1; x < right - 1; x += 0.5) {
        for (let y = bottom + 1; y < top - 1; y += 0.5) {
          const px = x * page.scale;
          const py = page.height - y * page.scale;
          const [r, g, b] = page.rgb(px, py);
          const [pr, pg, pb] = plain.rgb(px, py);
          total++;
          // Paper under the highlight takes the layer's blue; ink stays ink.
          if (pr > 240 && pg > 240 && pb > 240 && b > r + 60) tinted++;
          if (pr < 80 && pg < 80 && pb < 80 && r < 90 && g < 110 && b < 130) dark++;
        }
      }
      expect(tinted / total).toBeGreaterThan(0.4);
      expect(dark).toBeGreaterThan(10);
      // Outside the passage, the page is as it was.
      const [ox, oy] = [(left - 40) * page.scale, page.height - (top + 40) * page.scale];
      expect(page.rgb(ox, oy)).toEqual(plain.rgb(ox, oy));
    },
  );

  it('refuses without the draft PDF, and names an unreadable one', async () => {
    const setPath = join(directory, 'comments.redline.json');
    const noDraft = await run('export', setPath, '--format', 'pdf', '-o', join(directory, 'x.pdf'));
    expect(noDraft.code).toBe(2);
    writeFileSync(join(directory, 'broken.pdf'), 'not a pdf at all');
    const broken = await run(
      'export',
      setPath,
      '--format',
      'pdf',
      '--pdf',
      join(directory, 'broken.pdf'),
      '-o',
      join(directory, 'y.pdf'),
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('is not a readable PDF');
    expect(existsSync(join(directory, 'y.pdf'))).toBe(false);
  });
});

describe('the annotated PDF of a PDF the viewer already read', () => {
  it('is made from the reading kept in the database, without reading a page, and is the same file', async () => {
    const db = freshDb();
    const colours = new Map([['own', LAYER_COLOUR]]);
    const fresh = await annotatedPdf(made.bytes, openPdfInNode, set.annotations, colours);
    // What the viewer keeps; only the PDF with the same bytes finds it.
    await keepPdfReading(db, await pdfDigest(made.bytes), fresh.pages);
    const edited = new Uint8Array([...made.bytes, 0x0a]);
    expect(await storedPdfReading(db, await pdfDigest(edited))).toBeUndefined();
    const read = await storedPdfReading(db, await pdfDigest(made.bytes));
    expect(read).toHaveLength(made.pages);
    const open = vi.fn(openPdfInNode);
    const reused = await annotatedPdf(made.bytes, open, set.annotations, colours, read);
    expect(open).not.toHaveBeenCalled();
    expect(reused.plan).toEqual(fresh.plan);
    expect(Buffer.from(reused.bytes).equals(Buffer.from(fresh.bytes))).toBe(true);
    // Read back by pdf.js: the same annotations as the command line's file, on the same glyphs.
    const marks = (annotations: readonly ReadAnnotation[]) =>
      annotations
        .map(({ subtype, page, quads }) => JSON.stringify({ subtype, page, quads }))
        .sort();
    expect(marks((await readBackPdf(reused.bytes)).annotations)).toEqual(
      marks(readBack.annotations),
    );
  });

  it('keeps the readings of the newest four PDFs only', async () => {
    const db = freshDb();
    const page = { width: 595, height: 842, items: [] };
    for (const [index, digest] of ['a', 'b', 'c', 'd', 'e'].entries()) {
      await keepPdfReading(db, digest, [page], new Date(Date.UTC(2026, 11, 1, 0, index)));
    }
    expect((await db.pdfReadings.toCollection().primaryKeys()).sort()).toEqual([
      'b',
      'c',
      'd',
      'e',
    ]);
  });
});
