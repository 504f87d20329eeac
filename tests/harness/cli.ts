/** `redline` started as a process, from the bundle tests/harness/cli-bundle.ts builds per run. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inject } from 'vitest';

const run = promisify(execFile);

/** The program and arguments that start the command line: `node <bundle>`. */
export function redlineCommand(): [string, string] {
  return [process.execPath, inject('redlineCli')];
}

export interface Finished<Output> {
  code: number;
  stdout: Output;
  stderr: string;
}

/** Runs `redline args…` to its end and returns its exit code and output, failing or not. */
export async function redlineBytes(...args: string[]): Promise<Finished<Buffer>> {
  const [node, bundle] = redlineCommand();
  try {
    const { stdout, stderr } = await run(node, [bundle, ...args], {
      encoding: 'buffer',
      maxBuffer: 1 << 24,
    });
    return { code: 0, stdout, stderr: stderr.toString() };
  } catch (error) {
    const failed = error as { code: number; stdout: Buffer; stderr: Buffer };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr.toString() };
  }
}

/** `redlineBytes` with the output read as UTF-8 text. */
export async function redline(...args: string[]): Promise<Finished<string>> {
  const finished = await redlineBytes(...args);
  return { ...finished, stdout: finished.stdout.toString() };
}
