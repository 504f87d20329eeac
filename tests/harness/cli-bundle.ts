/**
 * Vitest global set-up: the command line bundled once per run. Started through tsx, as `bin.mjs`
 * starts it for users, each process spends seconds of CPU compiling TypeScript before its first
 * line of work; the tests start it dozens of times. The bundle runs the same `cli/run.ts` with
 * the packages left as imports, so it sits inside the project where Node finds node_modules.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled `cli/run.ts`: start it with `node`, as tests/harness/cli.ts does. */
    redlineCli: string;
  }
}

export default async function bundleCommandLine(project: TestProject) {
  const cache = path.join(ROOT, 'node_modules/.cache');
  await mkdir(cache, { recursive: true });
  const outdir = await mkdtemp(path.join(cache, 'redline-cli-'));
  await build({
    entryPoints: [path.join(ROOT, 'cli/run.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  project.provide('redlineCli', path.join(outdir, 'run.mjs'));
  return () => rm(outdir, { recursive: true, force: true });
}
