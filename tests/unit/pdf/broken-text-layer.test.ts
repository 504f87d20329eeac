/**
 * The Arabic, Chinese and Russian PDFs of tests/fixtures/pdf-text: subset CID TrueType fonts,
 * Identity-H, no ToUnicode (pdffonts: `uni no`), as the UN's official PDFs often are.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glyphMapFromFontTables } from '../../../utils/pdf/font-tables.ts';
import { layoutPdfText } from '../../../utils/pdf/layout.ts';
import { pdfPagesInNode, recoverPdfTextInNode } from '../../../utils/pdf/read-file.ts';
import { describeTextHealth, textHealth } from '../../../utils/pdf/text-health.ts';
import { unmappedFonts } from '../../../utils/pdf/unicode-maps.ts';
import {
  anchorOfficialQuotes,
  articleNumbers,
  characterAccuracy,
  EDITIONS,
  fixturePath,
  officialText,
} from './helpers/recovered-text.ts';

const bytesOf = (name: string) => new Uint8Array(readFileSync(fixturePath(name)));
const ALL_ARTICLES = Array.from({ length: 30 }, (_, i) => String(i + 1));
/** The goal of issue 20 with a parallel text. */
const ACCURACY = { ru: 0.99, zh: 0.99, ar: 0.99 } as const;
/** Of 100 official quotes, how many anchor on the same words (Arabic: see the README). */
const QUOTES_RIGHT = { ru: 99, zh: 99, ar: 90 } as const;

describe('a text layer of glyph numbers', () => {
  it.each(EDITIONS)(
    'is found on every page and in the one font of the %s PDF',
    async (edition) => {
      const pages = await pdfPagesInNode(bytesOf(`udhr-${edition}.pdf`));
      const health = textHealth(pages, edition);
      expect(health.broken).toBe(true);
      expect(health.pages.every((page) => page.broken)).toBe(true);
      const fonts = health.fonts.filter((font) => font.characters > 0);
      expect(fonts).toHaveLength(1);
      expect(fonts[0]?.broken).toBe(true);
      // pdf.js reads the space glyph (number 3) as U+0003.
      expect(fonts[0]?.reasons).toContain('glyph-numbers');
      expect(describeTextHealth(health)).toMatch(
        /^The text layer of every page holds glyph numbers/,
      );
      expect(articleNumbers(layoutPdfText(pages).text)).toEqual([]);
    },
    60_000,
  );

  it('is not found in a sound PDF of the same text', () => {
    const official = officialText('ru');
    const page = {
      width: 595,
      height: 842,
      items: official.split('\n').map((str, i) => ({
        str,
        transform: [1, 0, 0, 11, 70, 800 - i * 14],
        width: 400,
        height: 11,
        hasEOL: true,
      })),
    };
    expect(textHealth([page], 'ru').broken).toBe(false);
  });

  it('names the pages when only some are broken', () => {
    const good = {
      width: 1,
      height: 1,
      items: [
        {
          str: 'Статья 1. Все люди рождаются свободными',
          transform: [1, 0, 0, 1, 0, 0],
          width: 1,
          height: 1,
          hasEOL: true,
        },
      ],
    };
    const bad = {
      ...good,
      items: [{ ...good.items[0], str: 'ͽάΠΩΜδΛκ\u0003ΟΠΥΦΛΫΛαΣκ\u0003ΪΫΛΝ\u0003βΠΦΩΝΠΥΛ' }],
    };
    const health = textHealth([good, bad as typeof good], 'ru');
    expect(health.pages.map((page) => page.broken)).toEqual([false, true]);
    expect(describeTextHealth(health)).toContain('page 2 holds glyph numbers');
  });
});

describe("recovery from the font's own tables", () => {
  it('maps the glyphs of a subset that kept its cmap, and reads every article', async () => {
    const recovery = await recoverPdfTextInNode(bytesOf('udhr-ru-cmap.pdf'), 'udhr-ru-cmap.pdf', {
      language: 'ru',
      sources: ['font'],
    });
    expect(recovery.source).toBe('font');
    expect(recovery.after.broken).toBe(false);
    const text = layoutPdfText(recovery.pages).text;
    expect(articleNumbers(text)).toEqual(ALL_ARTICLES);
    expect(characterAccuracy(text, officialText('ru'))).toBeGreaterThanOrEqual(0.99);
  }, 60_000);

  it('finds nothing in a subset without cmap or glyph names, and says so', async () => {
    const fonts = await unmappedFonts(bytesOf('udhr-ru.pdf'));
    expect(fonts.unmapped.map((font) => font.name)).toEqual(['AAAAAA+DejaVuSerif']);
    expect(glyphMapFromFontTables(fonts.unmapped[0] as never, [36, 37, 3]).size).toBe(0);
    const recovery = await recoverPdfTextInNode(bytesOf('udhr-ru.pdf'), 'udhr-ru.pdf', {
      language: 'ru',
      sources: ['font'],
    });
    expect(recovery.after.broken).toBe(true);
    expect(recovery.tried).toEqual([
      { source: 'font', outcome: 'the fonts carry no cmap table and no glyph names' },
    ]);
  }, 60_000);
});

describe('recovery from a parallel text', () => {
  it.each(EDITIONS)(
    'gives the %s PDF its letters at its own glyph positions: every article, the official characters, quotes anchored',
    async (edition) => {
      const official = officialText(edition);
      const recovery = await recoverPdfTextInNode(bytesOf(`udhr-${edition}.pdf`), edition, {
        language: edition,
        sources: ['parallel'],
        parallelText: official,
      });
      expect(recovery.source).toBe('parallel');
      expect(recovery.after.broken).toBe(false);
      // The repaired PDF carries a ToUnicode map, read back by pdf.js like any other.
      const reopened = await pdfPagesInNode(recovery.bytes);
      const text = layoutPdfText(reopened).text;
      expect(articleNumbers(text)).toEqual(ALL_ARTICLES);
      expect(characterAccuracy(text, official)).toBeGreaterThanOrEqual(ACCURACY[edition]);
      const quotes = anchorOfficialQuotes(text, official, 100);
      expect(quotes.right).toBeGreaterThanOrEqual(QUOTES_RIGHT[edition]);
      expect(quotes.wrong).toBeLessThanOrEqual(100 - QUOTES_RIGHT[edition]);
    },
    120_000,
  );
});
