/**
 * `redline outline` and `redline reanchor` on the Arabic, Chinese and Russian PDFs whose fonts
 * hide their letters (tests/fixtures/pdf-text), as a user runs them.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenUnits } from '../../utils/un/outline.ts';
import { Outline } from '../../utils/un/schemas.ts';
import { redline } from '../harness/cli.ts';
import { fixturePath, officialQuotes, officialText } from '../unit/pdf/helpers/recovered-text.ts';

const SLOW = 180_000;

const articles = (outline: Outline) =>
  flattenUnits(outline.units).filter((unit) => unit.kind === 'article').length;

describe('redline on a PDF whose text layer is glyph numbers', () => {
  it(
    'outline finds the same document as text beside the PDF and reads every article from it',
    async () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'redline-broken-pdf-'));
      copyFileSync(fixturePath('udhr-zh.pdf'), path.join(folder, 'udhr-zh.pdf'));
      copyFileSync(fixturePath('udhr-zh.txt'), path.join(folder, 'udhr-zh.txt'));
      const { code, stdout, stderr } = await redline('outline', path.join(folder, 'udhr-zh.pdf'));
      expect(code).toBe(0);
      const json = JSON.parse(stdout);
      const outline = Outline.parse(json);
      expect(outline.language).toBe('zh');
      expect(articles(outline)).toBe(30);
      expect(json.textLayer).toMatchObject({
        status: 'recovered',
        source: 'parallel',
        brokenPages: [1, 2, 3, 4],
        recoveredPages: [1, 2, 3, 4],
      });
      expect(stderr).toContain('holds glyph numbers, not letters');
      expect(stderr).toContain("Its text was recovered from the same document's text");
    },
    SLOW,
  );

  it(
    'outline with --text-source none says the text layer is broken instead of outlining garbage',
    async () => {
      const { code, stdout, stderr } = await redline(
        'outline',
        fixturePath('udhr-ru.pdf'),
        '--text-source',
        'none',
      );
      expect(code).toBe(0);
      const json = JSON.parse(stdout);
      expect(articles(Outline.parse(json))).toBe(0);
      expect(json.textLayer.status).toBe('broken');
      expect(json.textLayer.brokenPages).toHaveLength(7);
      expect(stderr).toContain('The text layer of every page holds glyph numbers');
    },
    SLOW,
  );

  it(
    'outline --text-source parallel without a text beside the PDF exits 1 and says what to give',
    async () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'redline-broken-pdf-'));
      copyFileSync(fixturePath('udhr-ar.pdf'), path.join(folder, 'udhr-ar.pdf'));
      const { code, stderr } = await redline(
        'outline',
        path.join(folder, 'udhr-ar.pdf'),
        '--text-source',
        'parallel',
      );
      expect(code).toBe(1);
      expect(stderr).toContain('--text-source FILE');
    },
    SLOW,
  );

  it(
    'reanchor carries quotes chosen on the official Russian text onto the recovered PDF',
    async () => {
      const official = officialText('ru');
      const quotes = officialQuotes(official, 40).map((quote, i) => ({ id: `q${i}`, ...quote }));
      const folder = mkdtempSync(path.join(tmpdir(), 'redline-broken-pdf-'));
      const quotesFile = path.join(folder, 'quotes.json');
      writeFileSync(quotesFile, JSON.stringify(quotes));
      const { code, stdout } = await redline(
        'reanchor',
        '--from',
        fixturePath('udhr-ru.txt'),
        '--to',
        fixturePath('udhr-ru.pdf'),
        '--quotes',
        quotesFile,
        '--text-source',
        fixturePath('udhr-ru.txt'),
      );
      expect(code).toBe(0);
      const results = JSON.parse(stdout) as Array<{ id: string; status: string; text?: string }>;
      const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
      const byId = new Map(
        quotes.map((quote) => [quote.id, official.slice(quote.start, quote.end)]),
      );
      const placed = results.filter(
        (result) =>
          result.status !== 'orphan' &&
          collapse(result.text ?? '') === collapse(byId.get(result.id) ?? ''),
      );
      expect(placed).toHaveLength(quotes.length);
    },
    SLOW,
  );
});
