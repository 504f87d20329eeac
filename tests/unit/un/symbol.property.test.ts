import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findSymbols,
  formatSymbol,
  parseSymbol,
  symbolFromFileName,
  symbolFromUrl,
} from '../../../utils/un/symbol.ts';

const count = fc.integer({ min: 1, max: 400 });
const series = fc.constantFrom('A', 'E', 'S', 'CTOC', 'CAC', 'ST');
const body = fc.oneof(
  count.map((n) => `AC.${n}`),
  fc.integer({ min: 1, max: 6 }).map((n) => `C.${n}`),
  fc.integer({ min: 1, max: 20 }).map((n) => `CN.${n}`),
  fc.constantFrom('RES', 'COP', 'COSP', 'PRST', 'HRC'),
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc.integer({ min: 1, max: 9 }).map((n) => `WG.${n}`),
);
const documentPart = fc.oneof(
  count.map(String),
  count.map((n) => `L.${n}`),
  count.map((n) => `CRP.${n}`),
  count.map((n) => `INF/${n}`),
  count.map((n) => `Misc.${n}`),
  count.map((n) => `WP.${n}`),
);
const suffix = fc.record({
  part: fc.constantFrom('Rev' as const, 'Add' as const, 'Corr' as const),
  number: fc.integer({ min: 1, max: 12 }),
});
const canonical = fc
  .record({
    series,
    body: fc.array(body, { minLength: 1, maxLength: 3 }),
    document: documentPart,
    suffixes: fc.array(suffix, { maxLength: 3 }),
  })
  .map(({ series: first, body: middle, document, suffixes }) => {
    const family = [first, ...middle, document].join('/');
    return { family, suffixes, symbol: formatSymbol({ family, suffixes }) };
  });

const LETTERS = { E: 'en', F: 'fr', S: 'es', R: 'ru', A: 'ar', C: 'zh' } as const;

describe('symbol properties', () => {
  it('formatSymbol(parseSymbol(s)) === s for canonical symbols', () => {
    fc.assert(
      fc.property(canonical, ({ symbol, family, suffixes }) => {
        const parsed = parseSymbol(symbol);
        expect(parsed?.symbol).toBe(symbol);
        expect(parsed && formatSymbol(parsed)).toBe(symbol);
        expect(parsed?.family).toBe(family);
        expect(parsed?.revision).toBe(suffixes.findLast((part) => part.part === 'Rev')?.number);
        expect(parsed?.corrigendum).toBe(suffixes.findLast((part) => part.part === 'Corr')?.number);
      }),
    );
  });

  it('reads the same symbol back from its file name and language letter', () => {
    fc.assert(
      fc.property(
        canonical,
        fc.constantFrom(...(Object.keys(LETTERS) as Array<keyof typeof LETTERS>)),
        ({ symbol }, letter) => {
          const parsed = symbolFromFileName(`${symbol.replaceAll('/', '_')}_${letter}.pdf`);
          expect(parsed?.symbol).toBe(symbol);
          expect(parsed?.language).toBe(LETTERS[letter]);
        },
      ),
    );
  });

  it('reads the same symbol back from undocs.org and documents.un.org links', () => {
    fc.assert(
      fc.property(
        canonical,
        fc.constantFrom('en', 'fr', 'es', 'ru', 'ar', 'zh'),
        ({ symbol }, language) => {
          expect(symbolFromUrl(`https://undocs.org/${language}/${symbol}`)?.symbol).toBe(symbol);
          const access = `https://documents.un.org/api/symbol/access?s=${encodeURIComponent(symbol)}&l=${language}`;
          expect(symbolFromUrl(access)).toMatchObject({ symbol, language });
        },
      ),
    );
  });

  it('finds a symbol in running text at its offsets', () => {
    fc.assert(
      fc.property(
        canonical,
        fc.string({ maxLength: 30 }),
        fc.constantFrom('.', ',', ')', ';', ''),
        ({ symbol }, words, after) => {
          const prefix = `${words.replace(/[\p{L}\p{N}/._-]+$/u, '')} see `;
          const text = `${prefix}${symbol}${after} and more`;
          const found = findSymbols(text).find((hit) => hit.start === prefix.length);
          expect(found?.symbol).toBe(symbol);
          expect(text.slice(found?.start, found?.end)).toBe(symbol);
        },
      ),
    );
  });

  it('is canonical: whatever parses, parses again to itself', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'AERSCTOaercst/.0123456789LRevAddCorr'.split('')),
          maxLength: 24,
        }),
        (text) => {
          const parsed = parseSymbol(text);
          if (parsed) expect(parseSymbol(parsed.symbol)?.symbol).toBe(parsed.symbol);
        },
      ),
    );
  });

  it('never takes dates or fractions for symbols', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1900, max: 2100 }),
        (day, month, year) => {
          expect(parseSymbol(`${day}/${month}/${year}`)).toBeUndefined();
          expect(parseSymbol(`${day}/${month}`)).toBeUndefined();
          expect(findSymbols(`on ${day}/${month}/${year}, ${day}/${month} of them`)).toEqual([]);
        },
      ),
    );
  });
});
