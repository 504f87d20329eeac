import { useSyncExternalStore } from 'react';
import type { Translator } from './translate.ts';
import { currentTranslator, subscribeToLanguage } from './ui-language.ts';

/** The translator in force; the component re-renders when the language changes. */
export function useTranslator(): Translator {
  return useSyncExternalStore(subscribeToLanguage, currentTranslator);
}
