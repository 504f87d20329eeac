import type { Catalog } from '../locales/en.ts';
import type { UnLanguage } from '../utils/un/languages.ts';

/**
 * `utils/i18n/bundled-catalogs.ts` as annotator.js sees it (wxt.config.ts puts this module in its
 * place there): no catalog bundled, English included; `startLanguage` asks the background for
 * the one the page speaks.
 */
export const BUNDLED_CATALOGS: ReadonlyArray<readonly [UnLanguage, Catalog]> = [];
