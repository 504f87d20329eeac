import { browser } from 'wxt/browser';
import type { Catalog } from '../../locales/en.ts';
import { yieldToPage } from '../scheduling/steps.ts';
import type { UnLanguage } from '../un/languages.ts';
import {
  addCatalog,
  catalogLanguage,
  catalogOf,
  isUiLanguage,
  type Translator,
  translator,
  type UiLanguage,
  uiLanguageFor,
  writesPlainCounts,
} from './translate.ts';

/** The Options override; absent means "follow the browser". */
const OVERRIDE_KEY = 'uiLanguage';

export async function languageOverride(): Promise<UiLanguage | undefined> {
  const stored = (await browser.storage.local.get(OVERRIDE_KEY))[OVERRIDE_KEY];
  return isUiLanguage(stored) ? stored : undefined;
}

export async function setLanguageOverride(language: UiLanguage | undefined): Promise<void> {
  if (language === undefined) await browser.storage.local.remove(OVERRIDE_KEY);
  else await browser.storage.local.set({ [OVERRIDE_KEY]: language });
}

export function browserUiLanguage(): UiLanguage {
  return uiLanguageFor(browser.i18n.getUILanguage());
}

/** Where a context gets a catalog it does not hold yet. */
export type CatalogLoader = (language: UnLanguage) => Promise<Catalog>;

// English until `startLanguage` has the chosen language's catalog.
let current: Translator | undefined;
const listeners = new Set<() => void>();
let latest = 0;

/**
 * Switches to a language once its catalog is here; English if it cannot be had. Of several
 * switches in flight, the last one asked for wins.
 */
async function use(language: UiLanguage, load: CatalogLoader): Promise<void> {
  const asked = ++latest;
  let chosen = language;
  const have = async (source: UnLanguage) => {
    if (!catalogOf(source)) addCatalog(source, await load(source));
  };
  try {
    await have(catalogLanguage(chosen));
  } catch (error) {
    console.error(`Redline: no ${chosen} catalog, English instead:`, error);
    chosen = 'en';
    // Bundled everywhere but in annotator.js, which has nothing to show without it.
    await have(chosen);
  }
  if (asked !== latest || chosen === current?.language) return;
  current = translator(chosen);
  for (const listener of listeners) listener();
}

/** The translator for the language in force now; `subscribe` hears when it changes. */
export const currentTranslator = (): Translator => {
  current ??= translator('en');
  return current;
};

/** A message in the language in force when it is made, for code outside React. */
export const t: Translator['t'] = (key, values) => currentTranslator().t(key, values);

export function subscribeToLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Makes the browser load the current language's plural data now, and its number data where its
 * counts need it, each part in a task of its own, rather than inside the first render that
 * formats a count. The number data is the costly part (V8 lists every number locale first, 30-70
 * ms): a language whose counts are plain digits (`writesPlainCounts`) loads it only when a
 * number that needs it is shown.
 */
export async function loadLanguageData(): Promise<void> {
  const { language, locale } = currentTranslator();
  const parts: Array<() => unknown> = [() => new Intl.PluralRules(locale).select(1)];
  if (!writesPlainCounts(language)) parts.push(() => new Intl.NumberFormat(locale).format(1));
  for (const load of parts) {
    await yieldToPage();
    load();
  }
  await yieldToPage();
}

let started: Promise<Translator> | undefined;

/**
 * Reads the override once and follows it: a change in Options reaches every open page and
 * annotator at once through storage.onChanged. The first call in a context says where its
 * catalogs come from; later calls wait for the same start.
 */
export function startLanguage(load: CatalogLoader): Promise<Translator> {
  started ??= (async () => {
    browser.storage.onChanged.addListener((changes, area) => {
      const change = changes[OVERRIDE_KEY];
      if (area !== 'local' || !change) return;
      void use(isUiLanguage(change.newValue) ? change.newValue : browserUiLanguage(), load);
    });
    await use((await languageOverride()) ?? browserUiLanguage(), load);
    return currentTranslator();
  })();
  return started;
}

/** Keeps `lang` and `dir` of an element (a page's root, the annotator's mount) on the UI language. */
export function followLanguage(element: HTMLElement): void {
  const apply = () => {
    const { locale, dir } = currentTranslator();
    element.lang = locale;
    element.dir = dir;
  };
  apply();
  subscribeToLanguage(apply);
}
