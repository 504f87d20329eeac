import type { Catalog } from '../../locales/en.ts';
import { requestOrThrow } from '../messaging/client.ts';
import type { UnLanguage } from '../un/languages.ts';

/**
 * The annotator's catalogs come from the background: a script injected into a page is one
 * file, where an import of its own would bring all six catalogs into it.
 */
export const catalogFromBackground = (language: UnLanguage): Promise<Catalog> =>
  requestOrThrow('catalog', { language });
