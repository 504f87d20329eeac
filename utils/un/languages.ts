/** The six official UN languages, as ISO 639-1 codes. */
export const UN_LANGUAGES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** The one-letter suffix UN file names carry (`A_AC.291_22_E.pdf`). */
const FILE_LETTERS: Record<string, UnLanguage> = {
  E: 'en',
  F: 'fr',
  S: 'es',
  R: 'ru',
  A: 'ar',
  C: 'zh',
};

/** How language links are labelled on UN and UNODC pages, lower-cased. */
const LINK_LABELS: Record<string, UnLanguage> = {
  english: 'en',
  anglais: 'en',
  inglés: 'en',
  français: 'fr',
  french: 'fr',
  francés: 'fr',
  español: 'es',
  spanish: 'es',
  espagnol: 'es',
  русский: 'ru',
  russian: 'ru',
  russe: 'ru',
  ruso: 'ru',
  العربية: 'ar',
  عربي: 'ar',
  arabic: 'ar',
  arabe: 'ar',
  中文: 'zh',
  chinese: 'zh',
  chinois: 'zh',
  chino: 'zh',
};

function isUnLanguage(code: string): code is UnLanguage {
  return (UN_LANGUAGES as readonly string[]).includes(code);
}

/** A language from a file-name letter (`E`) or an ISO code (`en`, `EN`). */
export function languageFromCode(code: string): UnLanguage | undefined {
  if (code.length === 1) return FILE_LETTERS[code.toUpperCase()];
  const lower = code.toLowerCase();
  return isUnLanguage(lower) ? lower : undefined;
}

/** The language a document's labels read in: its own when it is a UN language, else English. */
export function labelLanguage(code: string | undefined): UnLanguage {
  return (code && languageFromCode(code)) || 'en';
}

/** A language from a link's visible label: a language name, an ISO code or a file letter. */
export function languageFromLabel(label: string): UnLanguage | undefined {
  const trimmed = label.trim();
  return (
    LINK_LABELS[trimmed.toLowerCase()] ??
    (trimmed.length <= 2 ? languageFromCode(trimmed) : undefined)
  );
}
