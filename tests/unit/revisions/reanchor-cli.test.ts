import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main.ts';
import { fixtureDir, rev0Path } from '../../fixtures/revisions/fixture.ts';
import { carried, fixture } from './helpers/fixture-run.ts';

afterEach(() => vi.restoreAllMocks());

async function reanchor(...args: string[]) {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const code = await main(['node', 'redline', 'reanchor', ...args]);
  vi.restoreAllMocks();
  return { code, results: JSON.parse(stdout) as Array<Record<string, unknown>> };
}

describe('redline reanchor on two revisions', () => {
  const quotes = join(mkdtempSync(join(tmpdir(), 'redline-revisions-')), 'quotes.json');
  writeFileSync(
    quotes,
    JSON.stringify(fixture.passages.map(({ id, start, end }) => ({ id, start, end }))),
  );
  const run = () =>
    reanchor('--from', rev0Path, '--to', join(fixtureDir, 'untoc-rev1.txt'), '--quotes', quotes);

  it('reports the same statuses and provisions as carryOver, beside the anchoring fields', async () => {
    const { code, results } = await run();
    expect(code).toBe(0);
    expect(results).toEqual(
      carried.map((result) =>
        result.status === 'gone'
          ? {
              id: result.id,
              status: 'orphan',
              score: 0,
              revision: 'gone',
              oldProvision: result.oldProvision,
            }
          : {
              id: result.id,
              status: result.match,
              score: result.score,
              start: result.start,
              end: result.end,
              text: result.newText,
              revision: result.status,
              oldProvision: result.oldProvision,
              newProvision: result.newProvision,
            },
      ),
    );
  });

  it('names old and new provision of a passage in a renumbered article', async () => {
    const { results } = await run();
    expect(results.find((result) => result.id === 'next-to-edit-7')).toMatchObject({
      status: 'exact',
      score: 1,
      revision: 'moved',
      oldProvision: 'Art. 14(2)',
      newProvision: 'Art. 15(2)',
    });
  });
});
