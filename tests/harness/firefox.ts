/**
 * Starts Debian's Firefox ESR with the Firefox build of the extension, driven by puppeteer-core
 * over WebDriver BiDi (Playwright cannot drive a stock Firefox). Firefox has no host resolver
 * switch: a PAC sends the UN hosts to the fixture server, which tunnels CONNECT to its TLS
 * port, so the extension's real match patterns fire on real URLs such as https://www.unodc.org/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { waitFor } from './extension-db.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';

/** REDLINE_FIREFOX_EXTENSION_DIR: a copy of a build, safe from another build rewriting it. */
export const FIREFOX_EXTENSION_DIR =
  process.env.REDLINE_FIREFOX_EXTENSION_DIR ??
  path.resolve(import.meta.dirname, '../../.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed through `extensions.webextensions.uuids`, so extension pages have a known address. */
const ADDON_UUID = '6f1c2f0e-3b7a-4d52-9a51-2d3c9e0b7a11';
const UN_HOSTS = ['unodc.org', 'un.org', 'undocs.org', 'example.org'];

/** A PAC sending the UN hosts (and example.org, the non-UN fixture) to the fixture server. */
export function proxyAutoConfig(server: FixtureServer): string {
  const script = `function FindProxyForURL(url, host) {
    var hosts = ${JSON.stringify(UN_HOSTS)};
    for (var i = 0; i < hosts.length; i++) {
      if (host === hosts[i] || dnsDomainIs(host, '.' + hosts[i])) return 'PROXY 127.0.0.1:${server.httpPort}';
    }
    return 'DIRECT';
  }`;
  return `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(script)}`;
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** `moz-extension://<uuid>`: the extension's origin. */
  origin: string;
  /**
   * An extension page kept open: it reads the extension's state (`browser.*`, its IndexedDB)
   * the way the service worker does in Chromium.
   */
  extension: Page;
  /** A new tab at `url`, once its page has loaded. */
  openPage(url: string): Promise<Page>;
  /** A new tab showing one of the extension's pages (`popup.html?tab=3`), once it has loaded. */
  openExtensionPage(page: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Waits until a tab shows `url` and has loaded. BiDi's navigation to moz-extension:// pages
 * does not always settle, so the tab's own address is polled instead.
 */
async function loaded(page: Page, url: string, navigation: Promise<unknown>): Promise<Page> {
  navigation.catch(() => undefined);
  await waitFor(
    () =>
      page
        .evaluate(() => ({ href: location.href, state: document.readyState }))
        .catch(() => ({ href: '', state: 'loading' })),
    (now) => now.href === url && now.state === 'complete',
    20_000,
  );
  return page;
}

export async function launchFirefoxWithExtension(
  server: FixtureServer,
  options: { headless?: boolean; downloadsDir?: string } = {},
): Promise<FirefoxExtensionBrowser> {
  const manifestFile = path.join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(
      `No Firefox build in ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`,
    );
  }
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}: run "apt-get install -y firefox-esr".`);
  }
  const addonId = JSON.parse(readFileSync(manifestFile, 'utf8')).browser_specific_settings.gecko
    .id as string;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    // Lets BiDi navigate tabs to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': proxyAutoConfig(server),
      'network.proxy.allow_hijacking_localhost': false,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }),
      // Open the PDF the test serves as a file in a tab, not as a download prompt.
      'pdfjs.disabled': false,
      // The page's and the extension's console in the test's output, for failures.
      'devtools.console.stdout.content': Boolean(process.env.REDLINE_FIREFOX_CONSOLE),
      'devtools.console.stdout.chrome': Boolean(process.env.REDLINE_FIREFOX_CONSOLE),
      // The extension's downloads land in a folder the test reads, with no dialog.
      ...(options.downloadsDir
        ? {
            'browser.download.dir': options.downloadsDir,
            'browser.download.folderList': 2,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
          }
        : {}),
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const origin = `moz-extension://${ADDON_UUID}`;
    const openExtensionPage = async (page: string) => {
      const tab = await browser.newPage();
      const url = `${origin}/${page}`;
      return loaded(tab, url, tab.goto(url));
    };
    const extension = await openExtensionPage('popup.html');
    return {
      browser,
      origin,
      extension,
      async openPage(url: string) {
        const tab = await browser.newPage();
        return loaded(tab, url, tab.goto(url));
      },
      openExtensionPage,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export interface FirefoxSuite {
  server: FixtureServer;
  firefox: FirefoxExtensionBrowser;
  /** The download folder, when asked for. */
  downloads?: string;
}

/**
 * One fixture server and one Firefox with the built extension for a whole test file, as
 * `useExtensionBrowser` does for Chromium. `serve` adds the file's own routes first.
 */
export function useFirefoxExtension(
  serve?: (server: FixtureServer) => void | Promise<void>,
  options: { downloads?: boolean } = {},
): FirefoxSuite {
  const suite = {} as FirefoxSuite;
  beforeAll(async () => {
    suite.server = await startFixtureServer();
    await serve?.(suite.server);
    if (options.downloads) {
      suite.downloads = await mkdtemp(path.join(tmpdir(), 'redline-firefox-downloads-'));
    }
    suite.firefox = await launchFirefoxWithExtension(
      suite.server,
      suite.downloads ? { downloadsDir: suite.downloads } : {},
    );
  });
  afterAll(async () => {
    await suite.firefox?.close();
    await suite.server?.close();
    if (suite.downloads) await rm(suite.downloads, { recursive: true, force: true });
  });
  return suite;
}
