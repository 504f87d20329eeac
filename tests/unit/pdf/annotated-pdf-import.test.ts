import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument as CantooDocument } from '@cantoo/pdf-lib';
import { PDFDocument, PDFHexString, PDFName, type PDFPage, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import { RedlineSetFile } from '../../../utils/formats/set-file.ts';
import { annotatedPdf } from '../../../utils/pdf/annotated-pdf-flow.ts';
import { pdfDraftSearch } from '../../../utils/pdf/draft-search.ts';
import { extractPdfText } from '../../../utils/pdf/extract.ts';
import { openPdfInNode } from '../../../utils/pdf/node.ts';
import { PDF_IMPORT_LIMITS } from '../../../utils/pdf/read-markups.ts';
import type { PdfPageItems, PdfText } from '../../../utils/pdf/types.ts';
import { commentsOn } from '../../harness/annotated-pdf.ts';
import { makeUnPdf, type UnPdf } from '../../harness/make-un-pdf.ts';

const NAME = 'A_AC.254_4_Rev.11_E.pdf';
const DOCUMENT = 'A/AC.254/4/Rev.11|en';

let made: UnPdf;
let pages: PdfPageItems[];
let text: PdfText;
let directory: string;

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const outSpy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: await main(['node', 'redline', ...args]), stdout: out, stderr: err };
  } finally {
    outSpy.mockRestore();
    errSpy.mockRestore();
  }
}

/** `redline merge` on one PDF; the set it wrote, and what it said. */
async function mergePdf(bytes: Uint8Array, name: string) {
  const input = join(directory, name);
  const output = join(directory, `${name}.redline.json`);
  writeFileSync(input, bytes);
  const result = await run('merge', input, '-o', output);
  const set = existsSync(output)
    ? RedlineSetFile.parse(JSON.parse(readFileSync(output, 'utf8')))
    : undefined;
  return { ...result, set };
}

/** A text item of the PDF that holds `words`, with its page and box: where a reader drew. */
function itemWith(words: string): {
  page: number;
  box: [number, number, number, number];
  str: string;
} {
  for (const [page, items] of pages.entries()) {
    for (const item of items.items) {
      if (!item.str.includes(words)) continue;
      const [, , , , x = 0, y = 0] = item.transform;
      return {
        page,
        str: item.str,
        box: [x, y - 0.2 * item.height, x + item.width, y + 0.8 * item.height],
      };
    }
  }
  throw new Error(`no text item holds "${words}"`);
}

beforeAll(async () => {
  made = await makeUnPdf();
  const opened = await openPdfInNode(made.bytes);
  ({ pages, text } = await extractPdfText(opened.pdf));
  await opened.close();
  directory = mkdtempSync(join(tmpdir(), 'redline-pdf-import-'));
}, 60_000);

describe('redline merge on an annotated PDF', () => {
  it('reads Redline’s own export back: same passages, comments, amendments, author', async () => {
    const { search } = pdfDraftSearch(text.text);
    const full = text.text;
    const at = (phrase: string) => ({
      start: full.indexOf(phrase),
      end: full.indexOf(phrase) + phrase.length,
    });
    const pageBreak = made.breaks[0] as UnPdf['breaks'][number];
    const acrossPages = `${pageBreak.lastLine.split(' ').slice(-3).join(' ')} ${pageBreak.firstLine.split(' ').slice(0, 3).join(' ')}`;
    const set = commentsOn(search, DOCUMENT, [
      {
        id: 'one',
        ...at('in a manner consistent with the principles of sovereign equality'),
        comment: 'Keep.',
        proposal: { kind: 'insert', text: 'and human rights' },
        rationale: 'Human rights safeguards.',
      },
      { id: 'two', ...at(acrossPages), comment: 'Across the page break.' },
      {
        id: 'three',
        ...at('organized criminal group'),
        comment: '',
        proposal: { kind: 'delete', text: '' },
      },
    ]);
    const out = await annotatedPdf(
      made.bytes,
      openPdfInNode,
      set.annotations,
      new Map([['own', '#4fc3f7']]),
    );
    const merged = await mergePdf(out.bytes, NAME);
    expect(merged.code).toBe(0);
    const annotations = merged.set?.annotations as Annotation[];
    expect(annotations).toHaveLength(3);
    const original = new Map(set.annotations.map((a) => [a.comment || 'delete', a]));
    const byComment = new Map(annotations.map((a) => [a.comment || 'delete', a]));
    for (const [comment, source] of original) {
      const back = byComment.get(comment) as Annotation;
      expect(back.target.quote.exact).toBe(source.target.quote.exact);
      expect(back.documentKey).toBe(DOCUMENT);
      expect(back.provision).toBe(source.provision);
      expect(back.author?.name).toBe('Ana Ruiz (Coalition for Rights)');
      expect(back.updatedAt).toBe(source.updatedAt);
    }
    expect(byComment.get('Keep.')?.proposal).toEqual({ kind: 'insert', text: 'and human rights' });
    expect(byComment.get('Keep.')?.rationale).toBe('Human rights safeguards.');
    expect(byComment.get('delete')?.proposal?.kind).toBe('delete');
    expect(merged.set?.sets[0]?.name).toBe('PDF: Ana Ruiz (Coalition for Rights)');
  }, 60_000);

  it('reads a PDF saved by pdf.js’s annotation editor: the highlighted line and its comment', async () => {
    const line = itemWith('It is committed in more than one State');
    const opened = await openPdfInNode(made.bytes);
    // pdf.js's own editor model: what Firefox's and the pdf.js viewer's highlight tool save.
    const pdf = opened.pdf as unknown as {
      annotationStorage: { setValue(key: string, value: object): void };
      saveDocument(): Promise<Uint8Array>;
    };
    const [left, bottom, right, top] = line.box;
    pdf.annotationStorage.setValue('pdfjs_internal_editor_0', {
      annotationType: 9,
      color: [255, 235, 0],
      opacity: 0.4,
      thickness: 12,
      rect: line.box,
      rotation: 0,
      pageIndex: line.page,
      quadPoints: [left, top, right, top, left, bottom, right, bottom],
      outlines: [[left, bottom, left, top, right, top, right, bottom]],
      user: 'Kofi Mensah',
      popup: {
        contents: 'Too broad: name the conduct.',
        rect: [right, bottom, right + 100, top + 40],
      },
      structTreeParentId: null,
      id: null,
    });
    const saved = await pdf.saveDocument();
    await opened.close();
    const merged = await mergePdf(saved, NAME);
    expect(merged.code).toBe(0);
    const [annotation] = merged.set?.annotations ?? [];
    expect(merged.set?.annotations).toHaveLength(1);
    expect(annotation?.target.quote.exact).toBe(line.str.trim());
    expect(annotation?.comment).toBe('Too broad: name the conduct.');
    expect(annotation?.author?.name).toBe('Kofi Mensah');
    expect(annotation?.provision).toMatch(/^Art\. 3\(2\)/);
  });

  it('reads markup written by another library: underline, squiggly, sticky note with a reply, free text', async () => {
    const doc = await PDFDocument.load(made.bytes);
    const underlined = itemWith('Each State Party shall adopt such legislative');
    const squiggled = itemWith('This Convention shall apply, except as otherwise');
    const noted = itemWith('Protection of sovereignty');
    const add = (page: PDFPage, entries: Record<string, unknown>) => {
      const ref = doc.context.register(doc.context.obj(entries as never));
      page.node.addAnnot(ref);
      return ref;
    };
    const pageOf = (index: number) => doc.getPage(index);
    const [ul, ub, ur, ut] = underlined.box;
    // Spec order (counter-clockwise from lower left), as some tools write it.
    add(pageOf(underlined.page), {
      Type: 'Annot',
      Subtype: 'Underline',
      Rect: underlined.box,
      QuadPoints: [ul, ub, ur, ub, ur, ut, ul, ut],
      Contents: PDFHexString.fromText('Add “and regulatory”.'),
      T: PDFHexString.fromText('Lena Müller'),
      M: PDFString.of("D:20261105120000+01'00'"),
      NM: PDFHexString.fromText('lena-1'),
    });
    const [sl, sb, sr, st] = squiggled.box;
    add(pageOf(squiggled.page), {
      Type: 'Annot',
      Subtype: 'Squiggly',
      Rect: squiggled.box,
      QuadPoints: [sl, st, sr, st, sl, sb, sr, sb],
      Contents: PDFHexString.fromText('Scope too wide.'),
      T: PDFHexString.fromText('Lena Müller'),
    });
    // The note's icon beside the heading, level with it.
    const [nl, nb, , nt] = noted.box;
    const note = add(pageOf(noted.page), {
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [nl - 24, nb - 5, nl - 4, nt + 5],
      Contents: PDFHexString.fromText('Is this article still needed?'),
      T: PDFHexString.fromText('Lena Müller'),
      Name: 'Comment',
    });
    add(pageOf(noted.page), {
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [nl - 24, nb - 5, nl - 4, nt + 5],
      Contents: PDFHexString.fromText('Yes, keep it.'),
      T: PDFHexString.fromText('Omar Haddad'),
      IRT: note,
    });
    add(pageOf(0), {
      Type: 'Annot',
      Subtype: 'FreeText',
      Rect: [300, 700, 500, 730],
      Contents: PDFHexString.fromText('General: good draft overall.'),
      T: PDFHexString.fromText('Lena Müller'),
      DA: '/Helv 10 Tf 0 g',
    });
    add(pageOf(0), { Type: 'Annot', Subtype: 'Link', Rect: [72, 72, 100, 90], Border: [0, 0, 0] });
    add(pageOf(0), {
      Type: 'Annot',
      Subtype: 'Ink',
      Rect: [72, 72, 100, 90],
      InkList: [[72, 72, 100, 90]],
    });
    const merged = await mergePdf(await doc.save(), NAME);
    expect(merged.code).toBe(0);
    const byComment = new Map((merged.set?.annotations ?? []).map((a) => [a.comment, a]));
    expect(byComment.get('Add “and regulatory”.')?.target.quote.exact).toBe(underlined.str.trim());
    expect(byComment.get('Add “and regulatory”.')?.updatedAt).toBe('2026-11-05T11:00:00.000Z');
    // The line ends in a typesetter's hyphen, which the draft text leaves out.
    expect(squiggled.str.trim()).toMatch(/prosecu-$/);
    expect(byComment.get('Scope too wide.')?.target.quote.exact).toBe(
      squiggled.str.trim().slice(0, -1),
    );
    const sticky = byComment.get(
      'Is this article still needed?\n\nReply from Omar Haddad: Yes, keep it.',
    );
    expect(sticky?.target.quote.exact).toBe(noted.str.trim());
    expect([...byComment.keys()].some((comment) => comment.startsWith('General: good draft'))).toBe(
      true,
    );
    expect(merged.set?.annotations).toHaveLength(4);
    expect(merged.set?.sets[0]?.name).toBe('PDF: Lena Müller');
    expect(merged.stderr).toContain('1 Link annotation: not comments on text, left out');
    expect(merged.stderr).toContain('1 Ink annotation:');
  });
});

describe('hostile PDFs are refused whole, with the reason, and nothing is written', () => {
  async function expectRefused(bytes: Uint8Array, name: string, reason: RegExp) {
    const merged = await mergePdf(bytes, name);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toMatch(reason);
    expect(merged.set).toBeUndefined();
  }

  it('a malformed file', async () => {
    const truncated = made.bytes.slice(0, 400);
    await expectRefused(
      truncated,
      'truncated.pdf',
      /truncated\.pdf is not a (readable PDF|PDF Redline can read)/,
    );
    await expectRefused(
      new TextEncoder().encode('%PDF-1.7\n garbage'),
      'garbage.pdf',
      /garbage\.pdf/,
    );
  });

  it('an encrypted file', async () => {
    const doc = await CantooDocument.load(made.bytes);
    doc.encrypt({ userPassword: 'secret', ownerPassword: 'owner' });
    await expectRefused(await doc.save(), 'locked.pdf', /locked\.pdf is encrypted/);
  });

  it('a file with JavaScript actions', async () => {
    const doc = await PDFDocument.load(made.bytes);
    doc.addJavaScript('hello', 'app.alert("hi")');
    await expectRefused(await doc.save(), 'scripted.pdf', /contains JavaScript actions/);
  });

  it('a file with 10,000 annotations', async () => {
    const doc = await PDFDocument.load(made.bytes);
    const page = doc.getPage(1);
    const annots = doc.context.obj([]);
    for (let i = 0; i < 10_000; i++) {
      annots.push(
        doc.context.obj({
          Type: 'Annot',
          Subtype: 'Text',
          Rect: [72, 72, 90, 90],
          Contents: PDFHexString.fromText(`note ${i}`),
        }),
      );
    }
    page.node.set(PDFName.of('Annots'), annots);
    await expectRefused(
      await doc.save(),
      'flood.pdf',
      new RegExp(
        `holds 10,000 annotations; Redline imports at most ${PDF_IMPORT_LIMITS.maxAnnotations.toLocaleString('en')}`,
      ),
    );
  }, 60_000);

  it('a note with huge Contents', async () => {
    const doc = await PDFDocument.load(made.bytes);
    doc.getPage(1).node.addAnnot(
      doc.context.register(
        doc.context.obj({
          Type: 'Annot',
          Subtype: 'Text',
          Rect: [72, 700, 90, 720],
          Contents: PDFHexString.fromText('x'.repeat(250_000)),
        }),
      ),
    );
    await expectRefused(
      await doc.save(),
      'huge.pdf',
      /the Text annotation on page 2: its text is longer than 20,000 characters/,
    );
  });

  it('a PDF with no comment at all', async () => {
    await expectRefused(made.bytes, 'plain.pdf', /holds no comment on its text/);
  });
});
