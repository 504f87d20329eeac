import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCatalog } from '../../utils/i18n/catalogs.ts';
import { UN_LANGUAGES } from '../../utils/un/languages.ts';

// WXT's fake browser leaves the UI language unimplemented: the unit tests run in an English one.
fakeBrowser.i18n.getUILanguage = () => 'en-GB';

// Code under test asks `translator` for any language at once (a submission in Arabic, a card in
// French): every catalog is loaded first, as the extension and the command line load the one
// they need before using it.
await Promise.all(UN_LANGUAGES.map(loadCatalog));
