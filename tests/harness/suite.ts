import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';

export interface ExtensionSuite {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/**
 * One fixture server and one Chromium with the built extension for a whole test file, started
 * before its tests and closed after them. `serve` adds the file's own routes first.
 */
export function useExtensionBrowser(serve?: (server: FixtureServer) => void): ExtensionSuite {
  const suite = {} as ExtensionSuite;
  beforeAll(async () => {
    suite.server = await startFixtureServer();
    serve?.(suite.server);
    suite.browser = await launchWithExtension(suite.server);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
