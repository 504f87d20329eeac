import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../locales/en.ts';
import { en, type MessageKey } from '../../../locales/en.ts';
import { loadCatalog } from '../../../utils/i18n/catalogs.ts';
import { PSEUDO_LOCALE, translator } from '../../../utils/i18n/translate.ts';
import { UN_LANGUAGES } from '../../../utils/un/languages.ts';

/**
 * Values that may equal the English one: names, symbols, and words French or Spanish spell
 * as English does. Anything else equal to English is an untranslated string.
 */
const SAME_AS_ENGLISH: Partial<Record<string, MessageKey[]>> = {
  all: [
    'app.name',
    'strip.layer',
    'export.formatMd',
    'import.fileKind',
    'liveSets.because',
    'liveSets.addressExample',
    'liveSets.databaseExample',
  ],
  fr: [
    'stance.question',
    'anchor.exact',
    'options.organisation',
    'csv.organisation',
    'submission.organisation',
    'submission.contact',
    'submission.document',
    'submission.date',
    'submission.revision',
    'export.format',
    'viewer.zoom',
    'viewer.page',
    'viewer.pageLabel',
  ],
  es: ['viewer.zoom', 'liveSets.state.error', 'problem.at'],
  ru: ['problem.at'],
  ar: ['problem.at'],
};

const keys = Object.keys(en) as MessageKey[];
const argumentsOf = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((match) => match[1] as string))].sort();
const others = UN_LANGUAGES.filter((language) => language !== 'en');
const CATALOGS = Object.fromEntries(
  await Promise.all(UN_LANGUAGES.map(async (language) => [language, await loadCatalog(language)])),
) as Record<(typeof UN_LANGUAGES)[number], Catalog>;

describe('the catalogs', () => {
  it.each(others)('%s gives every key and no other', (language) => {
    expect(Object.keys(CATALOGS[language]).sort()).toEqual([...keys].sort());
  });

  it.each(others)('%s translates every value that needs it', (language) => {
    const allowed = new Set([...(SAME_AS_ENGLISH.all ?? []), ...(SAME_AS_ENGLISH[language] ?? [])]);
    const untranslated = keys.filter(
      (key) => !allowed.has(key) && CATALOGS[language][key] === en[key],
    );
    expect(untranslated).toEqual([]);
  });

  it.each(UN_LANGUAGES)('%s: every message parses and keeps the English arguments', (language) => {
    for (const key of keys) {
      const message = CATALOGS[language][key];
      expect(() => new IntlMessageFormat(message, language), `${language} ${key}`).not.toThrow();
      expect(argumentsOf(message), `${language} ${key}`).toEqual(argumentsOf(en[key]));
    }
  });
});

describe('plurals follow CLDR categories', () => {
  const comments = (language: 'ar' | 'ru' | 'zh' | 'en', count: number) =>
    translator(language).t('strip.comments', { count });

  it('Arabic has six forms', () => {
    expect([0, 1, 2, 3, 11, 100].map((count) => comments('ar', count))).toEqual([
      'لا تعليقات',
      'تعليق واحد',
      'تعليقان',
      '3 تعليقات',
      '11 تعليقًا',
      '100 تعليق',
    ]);
  });
  it('Russian has three (one, few, many)', () => {
    expect([1, 3, 5, 21, 22, 25].map((count) => comments('ru', count))).toEqual([
      '1 комментарий',
      '3 комментария',
      '5 комментариев',
      '21 комментарий',
      '22 комментария',
      '25 комментариев',
    ]);
  });
  it('Chinese has one, English two', () => {
    expect(comments('zh', 1)).toBe('1 条评论');
    expect([1, 2].map((count) => comments('en', count))).toEqual(['1 comment', '2 comments']);
  });
  it('numbers format through Intl', () => {
    expect(translator('fr').formatNumber(12345)).toBe('12\u202f345');
    expect(translator('ar').formatDate('2026-11-30T12:00:00Z')).toMatch(/2026|٢٠٢٦/);
  });
});

describe('user text inside a message keeps its own direction', () => {
  it('string arguments are isolated (FSI … PDI) where they could turn, numbers are not', () => {
    const text = translator('ar').t('annotator.highlighted', { provision: 'A/AC.291/22' });
    expect(text).toContain('\u2068A/AC.291/22\u2069');
    expect(translator('en').t('strip.notPlaced', { count: 2 })).not.toContain('\u2068');
    expect(translator('en').t('annotator.highlighted', { provision: 'A/AC.291/22' })).toBe(
      'Highlighted in A/AC.291/22.',
    );
    expect(translator('en').t('annotator.saved', { provision: 'المادة 7' })).toBe(
      'Comment saved on \u2068المادة 7\u2069.',
    );
  });
  it('the Arabic UI runs right to left, the others left to right', () => {
    expect(translator('ar').dir).toBe('rtl');
    expect(others.filter((language) => translator(language).dir === 'rtl')).toEqual(['ar']);
  });
});

describe('the pseudo-locale', () => {
  const pseudo = translator(PSEUDO_LOCALE);
  it('accents, lengthens by about 40 % and brackets every message, keeping arguments', () => {
    const text = pseudo.t('annotator.highlighted', { provision: 'A/AC.291/22' });
    expect(text).toMatch(/^\u200F⟦Ĥîĝĥĺîĝĥţéđ îñ/);
    expect(text).toContain('A/AC.291/22');
    expect(text.endsWith('⟧\u200F')).toBe(true);
    for (const key of keys) {
      const plain = en[key].replace(/\{[^}]*\}|<\/?\w+>/g, '');
      const values = Object.fromEntries(argumentsOf(en[key]).map((name) => [name, 1]));
      const text =
        key === 'submission.legend'
          ? pseudo
              .rich(key)
              .map((run) => run.text)
              .join('')
          : pseudo.t(key, values);
      expect(text.length).toBeGreaterThanOrEqual(Math.floor(plain.length * 1.3));
    }
  });
  it('keeps plural forms working', () => {
    expect(pseudo.t('strip.comments', { count: 2 })).toContain('2 çöɱɱéñţš');
  });
});
