import { type Formatters, IntlMessageFormat } from 'intl-messageformat';
import type { Catalog, MessageKey } from '../../locales/en.ts';
import { UN_LANGUAGES, type UnLanguage } from '../un/languages.ts';
import { BUNDLED_CATALOGS } from './bundled-catalogs.ts';
import { pseudoLocalise } from './pseudo.ts';
import { RIGHT_TO_LEFT_SCRIPT } from './right-to-left.ts';

/** The languages the UI speaks: the six UN languages, and a pseudo-locale for tests. */
export const PSEUDO_LOCALE = 'qps';
export type UiLanguage = UnLanguage | typeof PSEUDO_LOCALE;

/**
 * The catalogs at hand. English is here from the start (the fallback, and the pseudo-locale's
 * source) except in annotator.js, which loads it as the others; the others are loaded when a
 * language is chosen, so a page carries only the one it speaks.
 */
const catalogs = new Map<UnLanguage, Catalog>(BUNDLED_CATALOGS);

export function addCatalog(language: UnLanguage, catalog: Catalog): void {
  catalogs.set(language, catalog);
  cache.delete(language);
}

export const catalogOf = (language: UnLanguage): Catalog | undefined => catalogs.get(language);

/** The catalog a UI language speaks from: the pseudo-locale's is English. */
export const catalogLanguage = (language: UiLanguage): UnLanguage =>
  language === PSEUDO_LOCALE ? 'en' : language;

export type MessageValues = Record<string, string | number | Date>;
export type Direction = 'ltr' | 'rtl';
export interface RichRun {
  text: string;
  tag?: string;
}

export interface Translator {
  language: UiLanguage;
  /** The BCP 47 tag handed to Intl: `qps` formats as English. */
  locale: string;
  dir: Direction;
  t(key: MessageKey, values?: MessageValues): string;
  /** For files: no isolation marks, which spreadsheets and word processors would keep. */
  text(key: MessageKey, values?: MessageValues): string;
  /** A message with `<del>`/`<ins>` tags, as runs a writer can style. */
  rich(key: MessageKey): RichRun[];
  formatNumber(value: number): string;
  formatDate(value: Date | number | string, style?: 'date' | 'dateTime'): string;
  formatTime(value: Date | number | string): string;
  /** "a, b and c" in the language's own way. */
  formatList(items: readonly string[]): string;
}

/** First strong isolate … pop directional isolate: user text keeps its own direction. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/**
 * Text placed in a message needs isolating when it could run the other way: in a right to
 * left message, or when it holds right to left letters. A Latin value in a left to right
 * message reads the same either way, and stays free of control characters.
 */
function placed(value: string, dir: Direction): string {
  return dir === 'rtl' || RIGHT_TO_LEFT_SCRIPT.test(value) ? isolate(value) : value;
}

export function directionOf(language: string): Direction {
  return language === 'ar' ? 'rtl' : 'ltr';
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === PSEUDO_LOCALE || (UN_LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The UN language for a browser UI language (`fr-CA` → fr, `zh-TW` → zh); English when the
 * browser speaks none of the six.
 */
export function uiLanguageFor(browserLanguage: string | undefined): UnLanguage {
  const base = (browserLanguage ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (UN_LANGUAGES as readonly string[]).includes(base) ? (base as UnLanguage) : 'en';
}

const cache = new Map<UiLanguage, Translator>();

// Every locale handed to the formatter is one of the six UN languages, which every browser
// supports: the library's own check, Intl.NumberFormat.supportedLocalesOf for each message, makes
// V8 build its list of number locales on first use, 30-70 ms of a page's main thread. Undefined
// is what the library itself uses where Intl.Locale is missing (it only feeds the parser's hour
// cycle for date skeletons, which no message has).
IntlMessageFormat.resolveLocale = () => undefined;

/**
 * The languages whose CLDR number format writes a whole number below 1,000 as its ASCII digits
 * (Latin digits by default, no grouping under four digits). Arabic is not among them: its
 * default digits differ between CLDR versions, so its numbers always go through Intl.
 */
const PLAIN_COUNTS: ReadonlySet<UiLanguage> = new Set([
  'en',
  'fr',
  'es',
  'ru',
  'zh',
  PSEUDO_LOCALE,
]);

/** A count the languages of PLAIN_COUNTS write as `String(value)`. */
const isPlainCount = (value: number): boolean =>
  Number.isInteger(value) && value >= 0 && value < 1_000 && !Object.is(value, -0);

/** Whether `language` writes every count below 1,000 as its ASCII digits, with no Intl data. */
export const writesPlainCounts = (language: UiLanguage): boolean => PLAIN_COUNTS.has(language);

function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

/**
 * A translator over one catalog. Messages are ICU MessageFormat (plurals by CLDR categories:
 * Arabic's six, Russian's three); string arguments are isolated where needed, so an English
 * symbol in an Arabic sentence, or an Arabic comment in an English one, keeps its direction.
 */
export function translator(language: UiLanguage): Translator {
  const known = cache.get(language);
  if (known) return known;
  const locale = language === PSEUDO_LOCALE ? 'en' : language;
  const formats = new Map<MessageKey, IntlMessageFormat>();
  const source = catalogLanguage(language);
  const catalog = catalogs.get(source);
  if (!catalog) throw new Error(`the ${source} catalog is not loaded: load it first (loadCatalog)`);
  const compile = (key: MessageKey): IntlMessageFormat => {
    let format = formats.get(key);
    if (!format) {
      format = new IntlMessageFormat(
        language === PSEUDO_LOCALE ? pseudoLocalise(catalog[key]) : catalog[key],
        locale,
        undefined,
        { formatters },
      );
      formats.set(key, format);
    }
    return format;
  };
  // Made on first use: each Intl formatter loads its locale's data, tens of milliseconds that a
  // page opening with highlights alone need not spend. The first Intl.NumberFormat of a page
  // costs the most (V8 lists every number locale), and the counts a page shows rarely need it.
  const numbers = once(() => new Intl.NumberFormat(locale));
  const plainCounts = writesPlainCounts(language);
  const formatNumber = (value: number): string =>
    plainCounts && isPlainCount(value) ? String(value) : numbers().format(value);
  const styledNumbers = new Map<string, Intl.NumberFormat>();
  const pluralRules = new Map<string, Intl.PluralRules>();
  const dateTimes = new Map<string, Intl.DateTimeFormat>();
  const memo = <T>(made: Map<string, T>, options: object | undefined, make: () => T): T => {
    const key = JSON.stringify(options ?? {});
    let formatter = made.get(key);
    if (!formatter) {
      formatter = make();
      made.set(key, formatter);
    }
    return formatter;
  };
  // The message formatter calls only `format` of a number format: a plain `{n, number}` or `#`
  // goes through formatNumber; a styled one (percent, a skeleton) through Intl.
  const plainNumberFormat = { format: formatNumber } as Pick<Intl.NumberFormat, 'format'>;
  const formatters: Formatters = {
    getNumberFormat: (_locales, options) =>
      options === undefined
        ? (plainNumberFormat as Intl.NumberFormat)
        : memo(styledNumbers, options, () => new Intl.NumberFormat(locale, options)),
    getPluralRules: (_locales, options) =>
      memo(pluralRules, options, () => new Intl.PluralRules(locale, options)),
    getDateTimeFormat: (_locales, options) =>
      memo(dateTimes, options, () => new Intl.DateTimeFormat(locale, options)),
  };
  const lists = once(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const dates = {
    date: once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })),
    dateTime: once(
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    ),
    time: once(() => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' })),
  };
  const made: Translator = {
    language,
    locale,
    dir: directionOf(language),
    t(key, values) {
      if (!values) return compile(key).format() as string;
      const isolated = Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          typeof value === 'string' ? placed(value, made.dir) : value,
        ]),
      );
      return String(compile(key).format(isolated));
    },
    text: (key, values) => String(compile(key).format(values)),
    rich(key) {
      const tagged = (tag: string) => (chunks: unknown[]) => ({ tag, text: chunks.join('') });
      const parts = compile(key).format<RichRun>({ del: tagged('del'), ins: tagged('ins') });
      return (Array.isArray(parts) ? parts : [parts]).map((part) =>
        typeof part === 'string' ? { text: part } : (part as RichRun),
      );
    },
    formatNumber,
    formatDate: (value, style = 'date') => dates[style]().format(new Date(value)),
    formatTime: (value) => dates.time().format(new Date(value)),
    formatList: (items) => lists().format(items),
  };
  cache.set(language, made);
  return made;
}
