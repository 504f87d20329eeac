import { readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import {
  OCR_ASSETS,
  OCR_CORE,
  OCR_LANGUAGE_DATA,
  PDFJS_ASSETS,
} from './utils/pdf-browser/assets.ts';
import { UN_PAGE_MATCHES } from './utils/un/page-matches.ts';

// Host access is limited to UN hosts (UN_PAGE_MATCHES); any other page is annotated only
// through activeTab.
const LOCAL_SYNC_SERVERS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * A module an injected script's build takes in place of another: annotator-view.js runs beside
 * annotator.js and follows the language the annotator loaded, rather than carrying a second copy
 * of the catalogs and formatter (annotator/view-handoff.ts); annotator.js asks the background for
 * English as for the other languages, rather than compiling its catalog before it paints.
 */
const REPLACED_MODULES: Record<string, readonly [string, string]> = {
  'annotator-view': ['utils/i18n/ui-language.ts', 'annotator/view-language.ts'],
  annotator: ['utils/i18n/bundled-catalogs.ts', 'annotator/bundled-catalogs.ts'],
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: utils/ also runs under Node in the command line.
  imports: false,
  manifest: ({ browser }) => ({
    // Name, description and command titles in the browser's language: public/_locales.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      // Firefox shows the workbench through sidebar_action instead.
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      'contextMenus',
      'activeTab',
      'scripting',
      'downloads',
      // "Always open UN PDFs in Redline": a redirect rule limited to the hosts above.
      'declarativeNetRequestWithHostAccess',
      // Live sets: wakes the background so sync goes on while the browser runs.
      'alarms',
    ],
    // Live sets: a sync server on this machine needs no prompt; any other is asked for when
    // the user connects to it (https only, see utils/sync/server-address.ts).
    host_permissions: [...UN_PAGE_MATCHES, ...LOCAL_SYNC_SERVERS],
    optional_host_permissions: ['https://*/*'],
    // The redirect rule may only send a tab to a page that is web accessible.
    web_accessible_resources: [{ resources: ['viewer.html'], matches: UN_PAGE_MATCHES }],
    // The viewer's OCR runs tesseract's WebAssembly core (the default policy forbids compiling it).
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    action: { default_title: 'Redline' },
    commands: {
      'comment-selection': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandComment__',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'redline@redline.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Each injected script is built on its own: the one whose module is replaced gets its own.
    'vite:build:extendConfig': (entrypoints, config) => {
      const replacement = entrypoints
        .map((entrypoint) => REPLACED_MODULES[entrypoint.name])
        .find((found) => found !== undefined);
      if (!replacement) return;
      const [module, replacedBy] = replacement.map((file) =>
        path.resolve(import.meta.dirname, file),
      ) as [string, string];
      config.plugins = [
        {
          name: 'redline:replaced-module',
          enforce: 'pre',
          resolveId: (source, importer) =>
            importer && path.resolve(path.dirname(importer), source) === module ? replacedBy : null,
        },
        ...(config.plugins ?? []),
      ];
    },
    // pdf.js's character maps and standard fonts, for PDFs that do not embed their fonts.
    'build:publicAssets': (_wxt, files) => {
      const modules = path.resolve(import.meta.dirname, 'node_modules');
      const pdfjs = path.join(modules, 'pdfjs-dist');
      for (const folder of ['cmaps', 'standard_fonts']) {
        for (const name of readdirSync(path.join(pdfjs, folder))) {
          files.push({
            absoluteSrc: path.join(pdfjs, folder, name),
            relativeDest: `${PDFJS_ASSETS}/${folder}/${name}`,
          });
        }
      }
      // OCR, the viewer's last resort: tesseract.js's worker and core, and its language data.
      files.push(
        {
          absoluteSrc: path.join(modules, 'tesseract.js/dist/worker.min.js'),
          relativeDest: `${OCR_ASSETS}/worker.min.js`,
        },
        {
          absoluteSrc: path.join(modules, 'tesseract.js-core', OCR_CORE),
          relativeDest: `${OCR_ASSETS}/${OCR_CORE}`,
        },
        ...Object.values(OCR_LANGUAGE_DATA).map((language) => ({
          absoluteSrc: path.join(
            modules,
            `@tesseract.js-data/${language}/4.0.0_best_int/${language}.traineddata.gz`,
          ),
          relativeDest: `${OCR_ASSETS}/${language}.traineddata.gz`,
        })),
      );
    },
  },
  zip: {
    // addons.mozilla.org rebuilds the add-on from this archive: the extension's own sources and
    // what builds them; the command line, benchmarks, demo and tests are not part of it.
    excludeSources: ['bench/**', 'cli/**', 'docs/**', 'scripts/**', 'tests/**', 'demo-output/**'],
  },
  // Without ASCII output the minifier writes a literal U+FFFF (from Dexie) and Chromium
  // refuses the whole extension as "not UTF-8 encoded".
  vite: () => ({
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
    // The viewer's recovery worker loads pdf-lib and fontkit as chunks: module workers only.
    worker: { format: 'es', rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
