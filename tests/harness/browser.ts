/**
 * Starts Debian's Chromium with the built extension through playwright-core. UN host names
 * resolve to the local fixture server, so the extension's real match patterns fire on real
 * URLs such as https://www.unodc.org/unodc/en/... .
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { FixtureServer } from './fixture-server.ts';

/** REDLINE_EXTENSION_DIR: a copy of a build, safe from another build rewriting .output midway. */
export const EXTENSION_DIR =
  process.env.REDLINE_EXTENSION_DIR ??
  path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  openExtensionPage(page: string): Promise<Page>;
  close(): Promise<void>;
}

export function hostResolverRules(server: FixtureServer): string {
  const { httpPort, httpsPort } = server;
  return [
    `MAP www.unodc.org:443 127.0.0.1:${httpsPort}`,
    `MAP www.un.org:443 127.0.0.1:${httpsPort}`,
    `MAP documents.un.org:443 127.0.0.1:${httpsPort}`,
    `MAP undocs.org:443 127.0.0.1:${httpsPort}`,
    `MAP *unodc.org 127.0.0.1:${httpPort}`,
    `MAP *un.org 127.0.0.1:${httpPort}`,
    `MAP undocs.org 127.0.0.1:${httpPort}`,
    `MAP example.org 127.0.0.1:${httpPort}`,
  ].join(', ');
}

function commonArgs(server: FixtureServer): string[] {
  return [
    `--host-resolver-rules=${hostResolverRules(server)}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** The same browser on the same addresses, without Redline: what a page costs on its own. */
export async function launchWithoutExtension(
  server: FixtureServer,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'redline-chromium-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: commonArgs(server),
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function launchWithExtension(
  server: FixtureServer,
  options: {
    headless?: boolean;
    viewport?: { width: number; height: number };
    /**
     * Downloads go here under the names the extension gives them, as for a user (Playwright's
     * own download handling would rename them); see tests/harness/downloads.ts.
     */
    downloadsDir?: string;
    /** Caret browsing (F7 for a user): arrow keys move a caret through the page's text. */
    caretBrowsing?: boolean;
  } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: run "apt-get install -y chromium".`);
  }
  const profile = await mkdtemp(path.join(tmpdir(), 'redline-chromium-'));
  if (options.downloadsDir) {
    await mkdir(path.join(profile, 'Default'), { recursive: true });
    const download = { default_directory: options.downloadsDir, prompt_for_download: false };
    await writeFile(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ download }));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(options.caretBrowsing ? ['--enable-caret-browsing'] : []),
      ...commonArgs(server),
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async openExtensionPage(page: string) {
      const tab = await context.newPage();
      await tab.goto(`chrome-extension://${extensionId}/${page}`);
      return tab;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
