import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { en } from '../../../locales/en.ts';
import { loadCatalog } from '../../../utils/i18n/catalogs.ts';
import { catalogOf, translator } from '../../../utils/i18n/translate.ts';
import {
  browserUiLanguage,
  currentTranslator,
  setLanguageOverride,
  startLanguage,
} from '../../../utils/i18n/ui-language.ts';
import { UN_LANGUAGES } from '../../../utils/un/languages.ts';

/** The tags browsers report for the six languages, regional variants included. */
const BROWSER_TAGS = {
  ar: ['ar', 'ar-EG', 'ar-SA'],
  zh: ['zh-CN', 'zh-TW', 'zh'],
  en: ['en-US', 'en-GB'],
  fr: ['fr', 'fr-CA', 'fr-CH'],
  ru: ['ru', 'ru-RU'],
  es: ['es', 'es-419', 'es-ES'],
} as const;

afterEach(() => {
  fakeBrowser.i18n.getUILanguage = () => 'en-GB';
});

describe('the UI language follows the browser', () => {
  it.each(UN_LANGUAGES)('a browser set to %s speaks it, in its direction', (language) => {
    for (const tag of BROWSER_TAGS[language]) {
      fakeBrowser.i18n.getUILanguage = () => tag;
      expect(browserUiLanguage()).toBe(language);
    }
    const words = translator(language);
    expect(words.dir).toBe(language === 'ar' ? 'rtl' : 'ltr');
    expect(words.t('options.title')).toBe(catalogOf(language)?.['options.title']);
    if (language !== 'en') expect(words.t('options.title')).not.toBe(en['options.title']);
  });

  it('a browser in another language gets English', () => {
    fakeBrowser.i18n.getUILanguage = () => 'de-DE';
    expect(browserUiLanguage()).toBe('en');
  });

  it('starts in the browser’s language, and the Options override wins at once', async () => {
    fakeBrowser.i18n.getUILanguage = () => 'ar-EG';
    const started = await startLanguage(loadCatalog);
    expect(started.language).toBe('ar');
    await setLanguageOverride('ru');
    await expect.poll(() => currentTranslator().language).toBe('ru');
    await setLanguageOverride(undefined);
    await expect.poll(() => currentTranslator().language).toBe('ar');
  });
});
