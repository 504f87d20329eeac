import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { redline, redlineCommand } from '../harness/cli.ts';

const run = promisify(execFile);

describe('the redline command', () => {
  it('prints its version', async () => {
    const { code, stdout } = await redline('--version');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(packageJson.version);
  });

  it('prints help that names the program', async () => {
    const { code, stdout } = await redline('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: redline');
  });

  it('exits 2 on bad usage, with the reason on stderr', async () => {
    const { code, stderr } = await redline('--no-such-flag');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option');
  });

  it('is declared as the package binary', () => {
    expect(packageJson.bin.redline).toBe('cli/bin.mjs');
  });
});

describe('the redline command in a pipe', () => {
  it('stops quietly when the reader closes the pipe early, as `| head` does', async () => {
    const draft = path.resolve(import.meta.dirname, '../fixtures/un/untoc.txt');
    const [node, bundle] = redlineCommand();
    const pipeline = `"${node}" "${bundle}" outline "${draft}" | head -c 1 > /dev/null; exit \${PIPESTATUS[0]}`;
    const result = await run('bash', ['-c', pipeline]).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.code).toBe(0);
  });
});
