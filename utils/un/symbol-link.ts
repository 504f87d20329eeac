import { languageFromCode } from './languages.ts';
import { parseSymbol, type UnSymbol } from './symbol-grammar.ts';

const DOCUMENT_EXTENSION = /\.(?:pdf|docx?|html?|txt|rtf)$/i;
/** `AC291`, `Rev1`, `L15` in file names written without the dot. */
const WORD_THEN_NUMBER = /^([A-Za-z]+)(\d+)$/;
/** Query parameters UN document services put a symbol in. */
const SYMBOL_PARAMETERS = ['s', 'symbol', 'FinalSymbol', 'DS'];
const LANGUAGE_PARAMETERS = ['l', 'lang', 'Lang', 'Language', 'language', 'LangRequested'];
/** Hosts whose path is a symbol, optionally after a language: `undocs.org/en/A/AC.291/22`. */
const SYMBOL_PATH_HOSTS = /(?:^|\.)undocs\.org$/i;

function withDots(component: string): string {
  const match = WORD_THEN_NUMBER.exec(component);
  return match ? `${match[1]}.${match[2]}` : component;
}

/**
 * A symbol from a file name: `A_AC.291_22_Rev.1_E.pdf` is `A/AC.291/22/Rev.1` in English.
 * Job-number names (`V2401234.pdf`) carry no symbol.
 */
export function symbolFromFileName(name: string): UnSymbol | undefined {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(DOCUMENT_EXTENSION, '');
  const components = base.split('_').filter((component) => component !== '');
  const language =
    components.length > 3
      ? languageFromCode(components[components.length - 1] as string)
      : undefined;
  if (language) components.pop();
  const parsed = parseSymbol(components.map(withDots).join('/'));
  if (!parsed) return undefined;
  return language ? { ...parsed, language } : parsed;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function firstParameter(url: URL, names: string[]): string | undefined {
  for (const name of names) {
    const value = url.searchParams.get(name);
    if (value) return value;
  }
  // daccess-ods writes flags without values: `Get?OpenAgent&DS=A/AC.291/22&Lang=E`.
  // forEach, not for…of: a Firefox content script's URL iterators are not iterable.
  const lower = names.map((name) => name.toLowerCase());
  let found: string | undefined;
  url.searchParams.forEach((value, key) => {
    if (found === undefined && value && lower.includes(key.toLowerCase())) found = value;
  });
  return found;
}

function symbolFromPath(path: string): UnSymbol | undefined {
  const segments = decoded(path)
    .split('/')
    .filter((segment) => segment !== '');
  const language =
    segments[0] !== undefined && segments[0].length === 2
      ? languageFromCode(segments[0])
      : undefined;
  const parsed = parseSymbol((language ? segments.slice(1) : segments).join('/'));
  if (!parsed) return undefined;
  return language ? { ...parsed, language } : parsed;
}

/**
 * A symbol from a link: undocs.org paths, the symbol parameters of documents.un.org, ODS and
 * un.org search, or a symbol-shaped file name at the end of any path. ODS job-number paths
 * (`documents.un.org/doc/undoc/gen/...`) name no symbol and give undefined.
 */
export function symbolFromUrl(href: string, base?: string): UnSymbol | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  const languageCode = firstParameter(url, LANGUAGE_PARAMETERS);
  const language = languageCode ? languageFromCode(languageCode) : undefined;
  const fromParameter = firstParameter(url, SYMBOL_PARAMETERS);
  const parsed =
    (fromParameter ? parseSymbol(fromParameter) : undefined) ??
    (SYMBOL_PATH_HOSTS.test(url.hostname) ? symbolFromPath(url.pathname) : undefined) ??
    symbolFromFileName(decoded(url.pathname));
  if (!parsed) return undefined;
  return language && !parsed.language ? { ...parsed, language } : parsed;
}
