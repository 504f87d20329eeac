/**
 * The oldest Node that package.json's `engines` allows, as an executable: the official build
 * published on the npm registry as `node-<os>-<arch>` (the registry is what CI reaches anyway),
 * unpacked once into .tmp/.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import semver from 'semver';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

/** The lowest version package.json's `engines.node` accepts. */
export async function declaredMinimumNode(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
  const minimum = semver.minVersion(manifest.engines.node);
  if (!minimum) throw new Error(`engines.node accepts no version: ${manifest.engines.node}`);
  return minimum.version;
}

/** The path of a `node` executable of exactly `version`, downloaded on first use. */
export async function nodeExecutable(version: string): Promise<string> {
  const folder = path.join(ROOT, '.tmp', `node-${version}`);
  const executable = path.join(folder, 'package', 'bin', 'node');
  if (existsSync(executable)) return executable;
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const spec = `node-${process.platform}-${process.arch}@${version}`;
  const { stdout } = await run('npm', ['pack', spec, '--silent', '--pack-destination', folder], {
    cwd: folder,
  });
  await run('tar', ['-xzf', path.join(folder, stdout.trim()), '-C', folder]);
  return executable;
}
