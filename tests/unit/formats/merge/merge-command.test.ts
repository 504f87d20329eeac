import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMergeCommand } from '../../../../cli/commands/merge.ts';
import { InputError } from '../../../../cli/errors.ts';
import type { RedlineSetFile } from '../../../../utils/formats/set-file.ts';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/sharing');
const fixture = (name: string) => path.join(FIXTURES, name);
const colleague = (): RedlineSetFile =>
  JSON.parse(readFileSync(fixture('untoc-colleague.redline.json'), 'utf8'));

function temporary(name: string, content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'redline-merge-')), name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

async function merge(...args: string[]): Promise<{ output: RedlineSetFile; stderr: string }> {
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'redline-merge-')), 'out.redline.json');
  const program = new Command().exitOverride();
  addMergeCommand(program);
  await program.parseAsync(['node', 'redline', 'merge', ...args, '-o', out]);
  const written = stderr.mock.calls.map(([text]) => String(text)).join('');
  return { output: JSON.parse(readFileSync(out, 'utf8')), stderr: written };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('redline merge', () => {
  it('merges a Redline set, W3C annotations and a Hypothesis export into one valid set', async () => {
    const { output, stderr } = await merge(
      fixture('untoc-colleague.redline.json'),
      fixture('untoc-w3c.jsonld'),
      fixture('untoc-hypothesis.json'),
    );
    expect(output.sets).toHaveLength(3);
    expect(output.annotations).toHaveLength(7);
    expect(output.exportedAt).toBe('2026-11-20T09:30:00.000Z');
    expect(stderr).toContain('not imported (targets the whole resource, no passage)');
    expect(stderr).toContain('untoc-w3c.jsonld: 2 annotation(s) kept, 1 item(s) skipped');
  });

  it('gives the same file whatever the order of its inputs', async () => {
    const newer = colleague();
    newer.annotations[0] = {
      ...(newer.annotations[0] as RedlineSetFile['annotations'][0]),
      comment: 'Newer.',
      updatedAt: '2026-12-01T00:00:00.000Z',
    };
    const a = fixture('untoc-colleague.redline.json');
    const b = temporary('b.redline.json', { ...newer, exportedAt: '2026-11-20T09:30:00.000Z' });
    const ab = await merge(a, b);
    const ba = await merge(b, a);
    expect(ab.output).toEqual(ba.output);
    expect(ab.output.annotations[0]?.comment).toBe('Newer.');
  });

  it('keeps one version of a conflict and reports it on stderr', async () => {
    const other = colleague();
    other.annotations[2] = {
      ...(other.annotations[2] as RedlineSetFile['annotations'][0]),
      comment: 'Same instant, other words.',
    };
    const { output, stderr } = await merge(
      fixture('untoc-colleague.redline.json'),
      temporary('c.json', other),
    );
    expect(output.annotations).toHaveLength(3);
    expect(stderr).toContain('1 annotation(s) edited differently at the same instant');
    expect(stderr).toContain('clf-untoc-3 (A/RES/55/25|en, Art. 7(1)(a))');
  });

  it('refuses ids that name annotations on different documents, writing nothing', async () => {
    const other = colleague();
    other.documents.push({ key: 'A/AC.291/22|en', versions: [] });
    other.annotations[0] = {
      ...(other.annotations[0] as RedlineSetFile['annotations'][0]),
      documentKey: 'A/AC.291/22|en',
    };
    await expect(
      merge(fixture('untoc-colleague.redline.json'), temporary('d.json', other)),
    ).rejects.toThrow(
      /annotation "clf-untoc-1" is on A\/AC\.291\/22\|en here but on A\/RES\/55\/25\|en/,
    );
  });

  it('names every bad file and every reason', async () => {
    const bad = temporary('bad.json', { ...colleague(), version: 2 });
    const error = await merge(fixture('untoc-colleague.redline.json'), bad).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `cannot merge:\n${bad}: this file is a Redline set of version 2; this Redline reads version 1 — update Redline`,
    );
  });
});
