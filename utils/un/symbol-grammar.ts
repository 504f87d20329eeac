import type { UnLanguage } from './languages.ts';

/** The parts of a symbol that name a version of a document rather than another document. */
export type VersionPart = 'Rev' | 'Add' | 'Corr';

export interface SymbolSuffix {
  part: VersionPart;
  number: number;
}

export interface UnSymbol {
  /** Canonical form: `A/AC.291/22/Rev.3/Corr.1`. */
  symbol: string;
  /** The symbol without its closing Rev/Add/Corr parts: `A/AC.291/22`. */
  family: string;
  /** The closing Rev/Add/Corr parts, in the order written. */
  suffixes: SymbolSuffix[];
  revision?: number;
  addendum?: number;
  corrigendum?: number;
  language?: UnLanguage;
}

export interface FoundSymbol extends UnSymbol {
  start: number;
  end: number;
}

/**
 * First components of UN document symbols. A closed list: without it every `and/or/3` or
 * `km/h/2` would pass for a symbol.
 */
const SERIES = [
  'A',
  'E',
  'S',
  'T',
  'ST',
  'CTOC',
  'CAC',
  'UNODC',
  'DP',
  'TD',
  'UNEP',
  'CCPR',
  'CEDAW',
  'CERD',
  'CRC',
  'CAT',
  'CMW',
  'CRPD',
  'CED',
  'ICCD',
  'FCCC',
];
const SERIES_SET = new Set(SERIES);

/** Components written in mixed case in canonical symbols; every other word is upper case. */
const MIXED_CASE_WORDS = ['Rev', 'Add', 'Corr', 'Amend', 'Misc', 'Sub', 'Summary'];
const CANONICAL_WORD = new Map(MIXED_CASE_WORDS.map((word) => [word.toLowerCase(), word]));
const VERSION_PARTS = new Set<string>(['Rev', 'Add', 'Corr']);
const VERSION_FIELDS = [
  ['revision', 'Rev'],
  ['addendum', 'Add'],
  ['corrigendum', 'Corr'],
] as const;

const COMPONENT = String.raw`(?:\d+|[A-Z][A-Za-z]*(?:\.\d+)?)`;
const COMPONENT_PATTERN = new RegExp(`^${COMPONENT}$`);
const LOOSE_COMPONENT_PATTERN = new RegExp(`^${COMPONENT}$`, 'i');

/**
 * Symbols in running text: a known series in its own case, then slash-separated components. The
 * look-behind keeps `ICTOC/...` or `v1.A/...` from matching inside a longer word.
 */
const SYMBOL_IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.\-])(?:${[...SERIES].sort((a, b) => b.length - a.length).join('|')})(?:/${COMPONENT})+`,
  'gu',
);

/**
 * Where a symbol may be written, in text or an address: a series, then components after a
 * slash, an underscore (file names) or an encoded slash (query parameters), one of them with
 * a digit (every symbol's last component has one), in any case (lower-cased URLs), so that
 * `/unodc/en/cybercrime/` is not one. Plain ASCII, without the Unicode tables of
 * `SYMBOL_IN_TEXT`, so a page can be ruled out in a fraction of a millisecond; whatever it
 * lets through is parsed for real.
 */
export const SYMBOL_HINT = new RegExp(
  String.raw`(?:^|[^A-Za-z0-9.\-])(?:${SERIES.join('|')})(?:(?:/|_|%2F)[A-Za-z.]*)*?(?:/|_|%2F)[A-Za-z.]*\d`,
  'i',
);

/**
 * A document symbol has a series and at least two more components (`A/AC.291` is a body, not a
 * document), except records and drafts numbered straight under a series: `S/PV.9500`.
 */
const MIN_COMPONENTS = 3;
const SHORT_SYMBOL = /^(?:PV|SR|L)\.\d+$/;

function hasDigit(component: string): boolean {
  return /\d/.test(component);
}

function canonicalComponent(component: string): string {
  const known = CANONICAL_WORD.get(component.split('.')[0]?.toLowerCase() ?? '');
  if (known) return known + component.slice(known.length);
  return component === component.toLowerCase() ? component.toUpperCase() : component;
}

function suffixOf(component: string): SymbolSuffix | undefined {
  const [word, digits] = component.split('.');
  if (word === undefined || digits === undefined || !VERSION_PARTS.has(word)) return undefined;
  return { part: word as VersionPart, number: Number(digits) };
}

/** Builds the result from canonical components, or nothing when they do not make a symbol. */
function fromComponents(components: string[]): UnSymbol | undefined {
  const parts = [...components];
  // A symbol never ends on a bare word: `A/AC.291/22/Rev` is `A/AC.291/22` and a stray word.
  while (parts.length > 0 && !hasDigit(parts[parts.length - 1] as string)) parts.pop();
  const short = parts.length === 2 && SHORT_SYMBOL.test(parts[1] as string);
  if ((parts.length < MIN_COMPONENTS && !short) || !SERIES_SET.has(parts[0] as string))
    return undefined;
  // Version parts close a symbol; whatever precedes the last of them names the family.
  let familyLength = parts.length;
  while (familyLength > 1 && suffixOf(parts[familyLength - 1] as string)) familyLength--;
  const suffixes = parts.slice(familyLength).map((part) => suffixOf(part) as SymbolSuffix);
  const familyParts = parts.slice(0, familyLength);
  const parsed: UnSymbol = {
    symbol: parts.join('/'),
    family: familyParts.join('/'),
    suffixes,
  };
  for (const [key, part] of VERSION_FIELDS) {
    const number = suffixes.findLast((suffix) => suffix.part === part)?.number;
    if (number !== undefined) parsed[key] = number;
  }
  return parsed;
}

/**
 * Parses one symbol, forgiving case (`a/ac.291/22/rev.1` from a lower-cased URL). Returns
 * undefined for anything that is not exactly one symbol.
 */
export function parseSymbol(text: string): UnSymbol | undefined {
  const components = text.trim().split('/');
  if (!components.every((component) => LOOSE_COMPONENT_PATTERN.test(component))) return undefined;
  const canonical = components.map((component, index) =>
    index === 0 ? component.toUpperCase() : canonicalComponent(component),
  );
  if (!canonical.every((component) => COMPONENT_PATTERN.test(component))) return undefined;
  const parsed = fromComponents(canonical);
  return parsed && parsed.symbol.length === canonical.join('/').length ? parsed : undefined;
}

/** Every symbol written in running text, with its UTF-16 offsets. Case must be canonical. */
export function findSymbols(text: string): FoundSymbol[] {
  const found: FoundSymbol[] = [];
  for (const match of text.matchAll(SYMBOL_IN_TEXT)) {
    const parsed = fromComponents(match[0].split('/'));
    if (!parsed) continue;
    found.push({ ...parsed, start: match.index, end: match.index + parsed.symbol.length });
  }
  return found;
}

/** The canonical symbol of a family and its version parts, in the order given. */
export function formatSymbol(parsed: Pick<UnSymbol, 'family' | 'suffixes'>): string {
  return [parsed.family, ...parsed.suffixes.map(({ part, number }) => `${part}.${number}`)].join(
    '/',
  );
}
