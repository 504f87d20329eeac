import { translator } from '../utils/i18n/translate.ts';

/** The command line speaks English: the catalog's English words, without isolation marks. */
export const english = translator('en');
