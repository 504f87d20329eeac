import { useEffect, useId, useState } from 'react';
import { PSEUDO_LOCALE, type UiLanguage } from '../../utils/i18n/translate.ts';
import {
  browserUiLanguage,
  languageOverride,
  setLanguageOverride,
} from '../../utils/i18n/ui-language.ts';
import { useTranslator } from '../../utils/i18n/use-translator.ts';
import { UN_LANGUAGES } from '../../utils/un/languages.ts';

/** Each language named in itself, as language pickers do: a reader finds their own. */
const ENDONYMS: Record<UiLanguage, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  ar: 'العربية',
  zh: '中文',
  [PSEUDO_LOCALE]: 'Ƥšéûðö',
};
const AUTO = 'auto';

/** The UI language: the browser's by default, or the user's choice, applied at once everywhere. */
export function LanguageSection() {
  const id = useId();
  const { t } = useTranslator();
  const [choice, setChoice] = useState<string>(AUTO);
  useEffect(() => {
    void languageOverride().then((language) => setChoice(language ?? AUTO));
  }, []);
  const choices: UiLanguage[] = [
    ...UN_LANGUAGES,
    ...(choice === PSEUDO_LOCALE ? [PSEUDO_LOCALE as UiLanguage] : []),
  ];
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options.language')}</h2>
      <p>
        <label htmlFor={`${id}-language`}>{t('options.language')}</label>{' '}
        <select
          id={`${id}-language`}
          value={choice}
          onChange={(event) => {
            const value = event.target.value;
            setChoice(value);
            void setLanguageOverride(value === AUTO ? undefined : (value as UiLanguage));
          }}
        >
          <option value={AUTO}>
            {t('language.auto', { language: ENDONYMS[browserUiLanguage()] })}
          </option>
          {choices.map((language) => (
            <option key={language} value={language} lang={language}>
              {ENDONYMS[language]}
            </option>
          ))}
        </select>
      </p>
      <p className="muted">{t('options.languageHint')}</p>
    </section>
  );
}
