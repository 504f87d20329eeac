import type { Translator } from '../utils/i18n/translate.ts';
import { handedOverView } from './view-handoff.ts';

/**
 * `utils/i18n/ui-language.ts` as annotator-view.js sees it (wxt.config.ts puts this module in
 * its place there): the language the annotator already follows, rather than a second copy of
 * the catalogs and the message formatter with a state of its own.
 */
export const currentTranslator = (): Translator => handedOverView().language.currentTranslator();

export const t: Translator['t'] = (key, values) => handedOverView().language.t(key, values);

export const subscribeToLanguage = (listener: () => void): (() => void) =>
  handedOverView().language.subscribeToLanguage(listener);
