import { describe, expect, it } from 'vitest';
import { layoutPdfText } from '../../../utils/pdf/layout.ts';
import { lineEndJoin } from '../../../utils/pdf/line-joins.ts';
import {
  bracketsAsDrawn,
  ligatureAsDrawn,
  withBaseLetters,
} from '../../../utils/pdf/right-to-left.ts';
import type { PdfPageItems, PdfText, PdfTextItem } from '../../../utils/pdf/types.ts';

const PAGE = { width: 600, height: 800 };
const SIZE = 10;
const PITCH = 12;

/** One printed line as pdf.js gives it: one item, width from a rough average glyph width. */
function line(str: string, y: number, options: { x?: number; size?: number; width?: number } = {}) {
  const size = options.size ?? SIZE;
  return {
    str,
    transform: [size, 0, 0, size, options.x ?? 50, y],
    width: options.width ?? str.length * size * 0.5,
    height: size,
    hasEOL: true,
  } satisfies PdfTextItem;
}

/** A full-width line (ends at the column's right edge, so the paragraph runs on). */
const full = (str: string, y: number) => line(str, y, { width: 500 });

function page(...items: PdfTextItem[]): PdfPageItems {
  return { ...PAGE, items };
}

/** Every mapped item's characters are exactly where the map says. */
function expectFaithfulMap(pages: PdfPageItems[], text: PdfText) {
  pages.forEach((one, p) => {
    one.items.forEach((item, i) => {
      const start = text.itemStarts[p]?.[i] as number;
      const length = text.itemLengths[p]?.[i] as number;
      if (start < 0) return;
      expect(text.text.slice(start, start + length)).toBe(item.str.slice(0, length));
    });
  });
}

describe('layoutPdfText', () => {
  it('joins the printed lines of a paragraph and breaks between paragraphs', () => {
    const pages = [
      page(
        full('1. States Parties shall adopt such legislative', 700),
        line('measures as may be necessary.', 700 - PITCH),
        full('2. Each State Party shall consider the', 700 - 3 * PITCH),
        line('measures referred to in paragraph 1.', 700 - 4 * PITCH),
      ),
    ];
    const result = layoutPdfText(pages);
    expect(result.text).toBe(
      '1. States Parties shall adopt such legislative measures as may be necessary.\n' +
        '2. Each State Party shall consider the measures referred to in paragraph 1.',
    );
    expectFaithfulMap(pages, result);
  });

  it('drops a typesetter hyphen at a line end, and maps the hyphen item short by one', () => {
    const pages = [
      page(full('combat transnational organ-', 700), line('ized crime.', 700 - PITCH)),
    ];
    const result = layoutPdfText(pages);
    expect(result.text).toBe('combat transnational organized crime.');
    expect(result.itemLengths[0]?.[0]).toBe('combat transnational organ'.length);
    expectFaithfulMap(pages, result);
  });

  it('keeps the hyphen of a compound the document prints whole elsewhere', () => {
    const pages = [
      page(
        full('cooperation on cross-border crime and on cross-', 700),
        line('border investigations.', 700 - PITCH),
      ),
    ];
    expect(layoutPdfText(pages).text).toBe(
      'cooperation on cross-border crime and on cross-border investigations.',
    );
  });

  it('runs a paragraph on across a page break, leaving out running heads and page numbers', () => {
    const pages = [
      page(
        line('A/AC.254/4/Rev.11', 770),
        full('The purpose of this Convention is to promote', 700),
        full('cooperation to prevent and combat transna-', 700 - PITCH),
        line('7', 40),
      ),
      page(
        line('A/AC.254/4/Rev.11', 770),
        line('tional organized crime more effectively.', 700),
        line('8', 40),
      ),
    ];
    const result = layoutPdfText(pages);
    expect(result.text).toBe(
      'A/AC.254/4/Rev.11\nThe purpose of this Convention is to promote cooperation to prevent and combat transnational organized crime more effectively.',
    );
    const leftOut = [
      result.itemStarts[0]?.[3],
      result.itemStarts[1]?.[0],
      result.itemStarts[1]?.[2],
    ];
    expect(leftOut).toEqual([-1, -1, -1]);
    expectFaithfulMap(pages, result);
  });

  it('keeps the first page masthead, where the symbol is', () => {
    const pages = [
      page(line('A/AC.254/4/Rev.11', 770), line('Article 1', 700)),
      page(line('A/AC.254/4/Rev.11', 770), line('Article 2', 700)),
    ];
    expect(layoutPdfText(pages).text).toBe('A/AC.254/4/Rev.11\nArticle 1\nArticle 2');
  });

  it('moves footnotes to the end, so a paragraph crossing the page is not cut by them', () => {
    const pages = [
      page(
        line('1. This Convention shall apply to the prevention of:', 700),
        full('a) The offences established in accordance with', 700 - 2 * PITCH),
        line('1 Paragraph 1 was agreed at the eleventh session.', 90, { size: 8 }),
      ),
      page(line('articles 5, 6, 8 and 23 of this Convention;', 700)),
    ];
    const result = layoutPdfText(pages);
    expect(result.text).toBe(
      '1. This Convention shall apply to the prevention of:\n' +
        'a) The offences established in accordance with articles 5, 6, 8 and 23 of this Convention;\n' +
        '1 Paragraph 1 was agreed at the eleventh session.',
    );
    expectFaithfulMap(pages, result);
  });

  it('puts a space between items the PDF sets apart without one, and none inside a word', () => {
    const words: PdfTextItem[] = [
      { ...line('States', 700, { width: 30 }), hasEOL: false },
      { ...line('Parties', 700, { x: 85, width: 35 }), hasEOL: false },
      { ...line('hall', 700, { x: 120.5, width: 20 }), hasEOL: true },
    ];
    expect(layoutPdfText([page(...words)]).text).toBe('States Partieshall');
  });
});

describe('right-to-left lines', () => {
  it('reads a heading of one Arabic item and one number item from the right', () => {
    // Drawn left to right: the number, then the word. Counted in items the two scripts tie.
    const heading = [
      line('1', 700, { x: 280, width: 6 }),
      line(' ', 700, { x: 286, width: 3 }),
      line('المادة', 700, { x: 289, width: 30 }),
    ].map((item, i, all) => ({ ...item, hasEOL: i === all.length - 1 }));
    expect(layoutPdfText([page(...heading)]).text).toBe('المادة 1');
  });

  it('reads a mark drawn as an item of its own with its letter, not as a word after a space', () => {
    // As pdf.js reads the recovered UDHR: the tanween of `عقلاً` is an item of no width, set left
    // of the alef it sits on, with a space pdf.js put before it.
    const drawn = [
      line('وض', 700, { x: 230, width: 12 }),
      line(' ', 700, { x: 257.2, width: 4.3 }),
      line(' \u064b', 700, { x: 258.1, width: 0 }),
      line('ا', 700, { x: 260.4, width: 4.9 }),
      line('عقل', 700, { x: 265.3, width: 15 }),
    ].map((item, i, all) => withBaseLetters({ ...item, hasEOL: i === all.length - 1 }));
    expect(layoutPdfText([page(...drawn)]).text).toBe('عقلاً وض');
  });

  it('mirrors the brackets of Arabic text as drawn, and keeps those between Latin letters', () => {
    expect(bracketsAsDrawn('ألف (د-3) المؤرخ')).toBe('ألف )د-3( المؤرخ');
    expect(bracketsAsDrawn('A/RES/217 (III)')).toBe('A/RES/217 (III)');
  });

  it("writes an Arabic ligature's letters turned round, as pdf.js turns them back", () => {
    // Amiri's stacked meem–jeem in المجتمع: read `الجمتمع` when written in order.
    expect(ligatureAsDrawn('مج')).toBe('جم');
    expect(ligatureAsDrawn('ل')).toBe('ل');
    expect(ligatureAsDrawn('fi')).toBe('fi');
  });
});

describe('lineEndJoin', () => {
  it('tells hyphenation from a hyphenated word and from a dash', () => {
    const none = new Set<string>();
    expect(lineEndJoin('organ-', 'ized', none)).toBe('drop');
    expect(lineEndJoin('non-', 'State actors', none)).toBe('keep');
    expect(lineEndJoin('cross-', 'border', new Set(['cross-border']))).toBe('keep');
    expect(lineEndJoin('soft\u00ad', 'ware', none)).toBe('drop');
    expect(lineEndJoin('the end —', 'then', none)).toBe('space');
    expect(lineEndJoin('plain', 'words', none)).toBe('space');
  });
});
