import { browser } from 'wxt/browser';
import { yieldToPage } from '../scheduling/steps.ts';
import {
  isUiLanguage,
  type Translator,
  translator,
  type UiLanguage,
  uiLanguageFor,
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

// Made on first use, so importing a component does not ask the browser anything.
let current: Translator | undefined;
const listeners = new Set<() => void>();

function use(language: UiLanguage): void {
  if (language === current?.language) return;
  current = translator(language);
  for (const listener of listeners) listener();
}

/** The translator for the language in force now; `subscribe` hears when it changes. */
export const currentTranslator = (): Translator => {
  current ??= translator(browserUiLanguage());
  return current;
};

/** A message in the language in force when it is made, for code outside React. */
export const t: Translator['t'] = (key, values) => currentTranslator().t(key, values);

export function subscribeToLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Makes the browser load the current language's number and plural data now (tens of ms, once
 * per page), each part in a task of its own, rather than all inside the first render that
 * formats a count.
 */
export async function loadLanguageData(): Promise<void> {
  const { locale } = currentTranslator();
  const parts = [
    () => Intl.NumberFormat.supportedLocalesOf(locale),
    () => new Intl.PluralRules(locale).select(1),
    () => new Intl.NumberFormat(locale).format(1),
  ];
  for (const load of parts) {
    await yieldToPage();
    load();
  }
  await yieldToPage();
}

let started: Promise<Translator> | undefined;

/**
 * Reads the override once and follows it: a change in Options reaches every open page and
 * annotator at once through storage.onChanged.
 */
export function startLanguage(): Promise<Translator> {
  started ??= (async () => {
    browser.storage.onChanged.addListener((changes, area) => {
      const change = changes[OVERRIDE_KEY];
      if (area !== 'local' || !change) return;
      use(isUiLanguage(change.newValue) ? change.newValue : browserUiLanguage());
    });
    use((await languageOverride()) ?? browserUiLanguage());
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
