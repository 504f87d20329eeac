import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { describePassage } from '../../../utils/anchoring/describe.ts';
import { annotatedPdf, readAnnotatedPdf } from '../../../utils/pdf/annotated-pdf-flow.ts';
import { pdfDraftSearch } from '../../../utils/pdf/draft-search.ts';
import { extractPdfText } from '../../../utils/pdf/extract.ts';
import { openPdfInNode } from '../../../utils/pdf/node.ts';
import { annotatedPdfFile } from '../../../utils/pdf/read-file.ts';
import { flattenUnits } from '../../../utils/un/outline.ts';
import { CHINESE, chineseWithoutEmbeddedFont } from '../../harness/chinese-pdf.ts';

const ARABIC_PDF = resolve(import.meta.dirname, '../../fixtures/pdf/untoc-article5-ar.pdf');

async function textOf(bytes: Uint8Array) {
  const opened = await openPdfInNode(bytes);
  try {
    return await extractPdfText(opened.pdf);
  } finally {
    await opened.close();
  }
}

describe('an Arabic PDF printed by Chromium: one glyph per item, left to right, positional forms', () => {
  const bytes = new Uint8Array(readFileSync(ARABIC_PDF));

  it('reads in logical order, with base letters and brackets the right way round', async () => {
    const { text } = await textOf(bytes);
    expect(text.text).toContain('\nالمادة 5\nتجريم المشاركة في جماعة إجرامية منظمة\n');
    expect(text.text).toContain('(أ) أي من الفعلين التاليين أو كليهما');
    // A paragraph printed on two lines is one line of text, read right edge first.
    expect(text.text).toContain('لتجريم الأفعال التالية جنائيا، عندما ترتكب عمدا:');
    expect(text.text).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/);
    const { outline } = pdfDraftSearch(text.text);
    expect(outline.language).toBe('ar');
    expect(flattenUnits(outline.units).map((unit) => unit.address)).toEqual([
      'Art. 5',
      'Art. 5(a)',
      'Art. 5(b)',
      'Art. 6',
    ]);
  });

  it('anchors a comment: exported over its glyphs and read back as the same words', async () => {
    const { text } = await textOf(bytes);
    const { search } = pdfDraftSearch(text.text);
    const phrase = 'بدور فاعل في الأنشطة الإجرامية';
    const start = text.text.indexOf(phrase);
    const target = describePassage(search, start, start + phrase.length);
    const out = await annotatedPdf(
      bytes,
      openPdfInNode,
      [
        {
          id: 'ar-1',
          setId: 'own',
          documentKey: 'A/AC.254/4/Rev.11|ar',
          target,
          provision: target.structure?.address ?? '',
          comment: 'تعليق: يلزم التوضيح.',
          rationale: '',
          tags: [],
          author: { id: 'amal', name: 'أمل' },
          createdAt: '2026-11-01T00:00:00.000Z',
          updatedAt: '2026-11-01T00:00:00.000Z',
        },
        {
          id: 'ar-2',
          setId: 'own',
          documentKey: 'A/AC.254/4/Rev.11|ar',
          target,
          provision: '',
          comment: 'بلا حكم محدد.',
          rationale: '',
          tags: [],
          createdAt: '2026-11-01T00:00:00.000Z',
          updatedAt: '2026-11-01T00:00:00.000Z',
        },
      ],
      new Map([['own', '#ffd54f']]),
    );
    expect(out.plan.unplaced).toEqual([]);
    // The subjects as written in the file: the provision, or "comment" in the draft's language.
    expect(await subjectsOf(out.bytes)).toEqual(['Art. 5(b)', 'التعليق']);
    const back = await readAnnotatedPdf(
      out.bytes,
      openPdfInNode,
      annotatedPdfFile('A_AC.254_4_Rev.11_A.pdf'),
    );
    expect(back.ok).toBe(true);
    const [annotation] = back.ok ? back.value.file.annotations : [];
    expect(annotation?.target.quote.exact).toBe(phrase);
    expect(annotation?.provision).toBe('Art. 5(b)');
    expect(annotation?.comment).toBe('تعليق: يلزم التوضيح.');
    expect(annotation?.documentKey).toBe('A/AC.254/4/Rev.11|ar');
  }, 30_000);
});

/** The Subj of every annotation in the file, read back with pdf-lib. */
async function subjectsOf(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().flatMap((page) => {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return (annots?.asArray() ?? []).map((ref) => {
      const subject = pdf.context.lookup(ref, PDFDict).get(PDFName.of('Subj'));
      return subject instanceof PDFHexString || subject instanceof PDFString
        ? subject.decodeText()
        : '';
    });
  });
}

describe('a Chinese PDF whose font is not embedded', () => {
  it('extracts its text through the bundled character maps', async () => {
    const bytes = await chineseWithoutEmbeddedFont();
    const { text } = await textOf(bytes);
    expect(text.text.replace(/\s+/g, ' ').trim()).toBe(CHINESE);
  });

  it('needs those maps: pdf.js without them reads nothing', async () => {
    const bytes = await chineseWithoutEmbeddedFont();
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: bytes, verbosity: 0, disableFontFace: true });
    const pdf = await task.promise;
    const page = await pdf.getPage(1);
    const content = await page.getTextContent();
    const read = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    await task.destroy();
    expect(read).not.toContain('第五条');
  });
});
