import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageKey } from '../../../locales/en.ts';
import { pseudoLocalise } from '../../../utils/i18n/pseudo.ts';
import {
  catalogOf,
  PSEUDO_LOCALE,
  translator,
  type UiLanguage,
  writesPlainCounts,
} from '../../../utils/i18n/translate.ts';
import { UN_LANGUAGES } from '../../../utils/un/languages.ts';

const LANGUAGES: UiLanguage[] = [...UN_LANGUAGES, PSEUDO_LOCALE];
const localeOf = (language: UiLanguage) => (language === PSEUDO_LOCALE ? 'en' : language);
const COUNTS = [...Array.from({ length: 1_000 }, (_, i) => i), 1_000, 1_234, 12_345, 1_234_567];
const NOT_COUNTS = [-1, -0, 2.5, 0.1, -1_234.5, Number.NaN, Number.POSITIVE_INFINITY];

/** Messages a page shows counts with: plural `#`, plain `{n, number}`, and styled numbers. */
const MESSAGES: Array<[MessageKey, (n: number) => Record<string, string | number>]> = [
  ['strip.comments', (n) => ({ count: n })],
  ['strip.highlights', (n) => ({ count: n })],
  ['workbench.summary', (n) => ({ shown: n, total: n + 1, exact: n, fuzzy: 2 * n, orphan: 3 })],
  ['strip.notPlaced', (n) => ({ count: n })],
  ['import.scanning', (n) => ({ file: 'A/AC.254/4/Rev.11.pdf', share: n / 1_000 })],
  [
    'backup.restoredReplace',
    (n) => ({ fileName: 'b.json', annotations: n, sets: 2, documents: 1, seconds: n / 7 }),
  ],
];

/** The same message formatted by the library on its own defaults: Intl for every number. */
function asTheLibraryFormats(language: UiLanguage, key: MessageKey, values: object): unknown {
  const english = catalogOf('en')?.[key] ?? '';
  const message =
    language === PSEUDO_LOCALE ? pseudoLocalise(english) : (catalogOf(language)?.[key] ?? '');
  return new IntlMessageFormat(message, localeOf(language)).format(values as never);
}

const { NumberFormat } = Intl;

/** The locales of every Intl.NumberFormat made from now on (the test's end puts Intl back). */
function watchNumberFormats(): string[] {
  const made: string[] = [];
  class Watched extends NumberFormat {
    constructor(locales?: Intl.LocalesArgument, options?: Intl.NumberFormatOptions) {
      super(locales, options);
      made.push(String(locales));
    }
  }
  Object.defineProperty(Intl, 'NumberFormat', { value: Watched, configurable: true });
  return made;
}

afterEach(() => {
  Object.defineProperty(Intl, 'NumberFormat', { value: NumberFormat, configurable: true });
  vi.restoreAllMocks();
});

describe('counts in the six languages', () => {
  // First in the file: the messages it formats are not compiled yet, nor any number format made.
  it('an English page shows its counts without building a number format', () => {
    const made = watchNumberFormats();
    const supported = vi.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
    const words = translator('en');
    expect(words.t('strip.comments', { count: 500 })).toBe('500 comments');
    expect(words.t('strip.notPlaced', { count: 12 })).toBe(
      '12 not placed on this version (see the workbench)',
    );
    expect(words.t('toolbar.comment')).toBe(catalogOf('en')?.['toolbar.comment']);
    expect(words.formatNumber(999)).toBe('999');
    expect(made).toEqual([]);
    expect(supported).not.toHaveBeenCalled();
    // Past plain counts, Intl again.
    expect(words.formatNumber(1_234)).toBe('1,234');
    expect(made).toEqual(['en']);
  });

  it.each(LANGUAGES)('%s writes every number as Intl.NumberFormat does', (language) => {
    const words = translator(language);
    const intl = new Intl.NumberFormat(localeOf(language));
    for (const value of [...COUNTS, ...NOT_COUNTS]) {
      expect(words.formatNumber(value)).toBe(intl.format(value));
    }
  });

  it.each(LANGUAGES)('%s formats count messages as the library does with Intl', (language) => {
    const words = translator(language);
    for (const [key, values] of MESSAGES) {
      expect(catalogOf('en')?.[key], key).toBeDefined();
      for (const n of [0, 1, 2, 3, 5, 11, 21, 101, 500, 999, 1_000, 25_000, 2.5]) {
        expect(words.text(key, values(n))).toBe(asTheLibraryFormats(language, key, values(n)));
      }
    }
  });

  it('Arabic numbers always come from Intl, whatever digits its data gives', () => {
    expect(writesPlainCounts('ar')).toBe(false);
    const made = watchNumberFormats();
    expect(translator('ar').t('strip.comments', { count: 7 })).toBe(
      asTheLibraryFormats('ar', 'strip.comments', { count: 7 }),
    );
    expect(made).toContain('ar');
  });
});
