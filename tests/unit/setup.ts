import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT's fake browser leaves the UI language unimplemented: the unit tests run in an English one.
fakeBrowser.i18n.getUILanguage = () => 'en-GB';
