import type { Catalog } from '../../locales/en.ts';
import type { UnLanguage } from '../un/languages.ts';
import { addCatalog, catalogOf } from './translate.ts';

/** Each catalog in a chunk of its own: a page loads the language it speaks, not all six. */
const IMPORTS: Record<Exclude<UnLanguage, 'en'>, () => Promise<Catalog>> = {
  ar: () => import('../../locales/ar.ts').then((module) => module.ar),
  es: () => import('../../locales/es.ts').then((module) => module.es),
  fr: () => import('../../locales/fr.ts').then((module) => module.fr),
  ru: () => import('../../locales/ru.ts').then((module) => module.ru),
  zh: () => import('../../locales/zh.ts').then((module) => module.zh),
};

/**
 * Makes a language's catalog available to `translator`, importing it the first time. For
 * extension pages, the background and Node; the annotator asks the background instead.
 */
export async function loadCatalog(language: UnLanguage): Promise<Catalog> {
  const known = catalogOf(language);
  if (known) return known;
  const catalog = await IMPORTS[language as Exclude<UnLanguage, 'en'>]();
  addCatalog(language, catalog);
  return catalog;
}
