import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';

export interface ExtensionSuite {
  server: FixtureServer;
  browser: ExtensionBrowser;
  /** The folder Chromium saves downloads in, with `{ downloads: true }`; see downloads.ts. */
  downloads: string;
}

/**
 * One fixture server and one Chromium with the built extension for a whole test file, started
 * before its tests and closed after them. `serve` adds the file's own routes first.
 */
export function useExtensionBrowser(
  serve?: (server: FixtureServer) => void | Promise<void>,
  options: { downloads?: boolean; caretBrowsing?: boolean } = {},
): ExtensionSuite {
  const suite = {} as ExtensionSuite;
  beforeAll(async () => {
    suite.server = await startFixtureServer();
    await serve?.(suite.server);
    if (options.downloads) {
      suite.downloads = await mkdtemp(path.join(tmpdir(), 'redline-downloads-'));
    }
    suite.browser = await launchWithExtension(suite.server, {
      ...(suite.downloads ? { downloadsDir: suite.downloads } : {}),
      ...(options.caretBrowsing ? { caretBrowsing: true } : {}),
    });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
    if (suite.downloads) await rm(suite.downloads, { recursive: true, force: true });
  });
  return suite;
}
