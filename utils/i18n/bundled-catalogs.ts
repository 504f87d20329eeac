import { type Catalog, en } from '../../locales/en.ts';
import type { UnLanguage } from '../un/languages.ts';

/**
 * The catalogs a context holds from its start: English, the fallback and the pseudo-locale's
 * source. annotator.js asks the background for English too, as for the other languages: its
 * build puts `annotator/bundled-catalogs.ts` in this module's place (wxt.config.ts), so the page
 * does not compile 35 KB of messages before it can paint.
 */
export const BUNDLED_CATALOGS: ReadonlyArray<readonly [UnLanguage, Catalog]> = [['en', en]];
