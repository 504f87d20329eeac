import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));

/**
 * Installed packages whose `engines` exclude our minimum although they never run on it, each
 * with the reason. Anything else that excludes it is a version to change, or a minimum to raise.
 */
const NEVER_RUN_ON_NODE: Record<string, string> = {
  'node_modules/docx/node_modules/nanoid':
    "docx's dist bundles nanoid's non-secure generator; the installed package is never loaded",
  'node_modules/@apache-annotator/dom':
    'a peer in bench/ only, run inside Chromium; its engines list only Node 12 to 16',
  'node_modules/@apache-annotator/selector':
    'a peer in bench/ only, run inside Chromium; its engines list only Node 12 to 16',
  'node_modules/listr2':
    'used only by `wxt submit` (publish-browser-extension), which we never run',
};

describe('the Node versions package.json promises', () => {
  const minimum = semver.minVersion(manifest.engines.node)?.version as string;

  it('include the Node running these tests', () => {
    expect(semver.satisfies(process.version, manifest.engines.node)).toBe(true);
  });

  it('are supported by every installed package', () => {
    const refusing = Object.entries(
      lock.packages as Record<string, { version: string; engines?: { node?: string } }>,
    )
      .filter(([where, info]) => where !== '' && info.engines?.node !== undefined)
      .filter(([, info]) => !semver.satisfies(minimum, info.engines?.node as string))
      .filter(([where]) => !(where in NEVER_RUN_ON_NODE))
      .map(([where, info]) => `${where}@${info.version} wants node ${info.engines?.node}`);
    expect(refusing).toEqual([]);
  });

  it('leave no exception that no longer applies', () => {
    const stale = Object.keys(NEVER_RUN_ON_NODE).filter((where) => {
      const range = lock.packages[where]?.engines?.node;
      return range === undefined || semver.satisfies(minimum, range);
    });
    expect(stale).toEqual([]);
  });
});
