import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSharedFile } from '../../../../utils/formats/import/parse-file.ts';
import type { ReadProgress } from '../../../../utils/formats/import/result.ts';
import { largeSetFile } from '../../../harness/large-set-file.ts';
import { inEnglish } from '../../../harness/problems.ts';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/sharing');
const search = JSON.parse(readFileSync(path.join(FIXTURES, 'hypothesis-api/search.json'), 'utf8'));

function readWithProgress(text: string) {
  const seen: ReadProgress[] = [];
  const result = readSharedFile(text, { onProgress: (progress) => seen.push(progress) });
  return { result, seen };
}

/** Each phase's reports in order: scanning by characters, then parsing, then checking by items. */
function phases(seen: readonly ReadProgress[]): string[] {
  return seen.map((progress) => progress.phase).filter((phase, i, all) => phase !== all[i - 1]);
}

function counts(seen: readonly ReadProgress[], phase: 'scanning' | 'checking'): number[] {
  return seen.flatMap((progress) => (progress.phase === phase ? [progress.done] : []));
}

describe('reading a large file says how far it has come', () => {
  it('scans, parses, then checks a 5,000-row Hypothesis search response item by item; skips the odd one', () => {
    const [model] = search.rows;
    const rows = Array.from({ length: 5_000 }, (_, index) => ({ ...model, id: `bulk-${index}` }));
    rows[2345] = { ...rows[2345], text: 'x'.repeat(20_001) };
    const text = JSON.stringify({ total: rows.length, rows });
    const { result, seen } = readWithProgress(text);

    expect(phases(seen)).toEqual(['scanning', 'parsing', 'checking']);
    const scanned = counts(seen, 'scanning');
    expect(scanned).toEqual([...scanned].sort((a, b) => a - b));
    expect(scanned.every((done) => done > 0 && done < text.length)).toBe(true);
    expect(counts(seen, 'checking')).toEqual(Array.from({ length: 11 }, (_, i) => i * 500));
    expect(seen.at(-1)).toEqual({ phase: 'checking', done: 5_000, total: 5_000 });

    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.value.file.annotations).toHaveLength(4_999);
    expect(inEnglish(result.value.skipped)).toEqual([
      'rows[2345] (id "bulk-2345"): not imported (text: longer than 20,000 characters)',
    ]);
  }, 60_000);

  it('refuses a cut-off Redline set whole after scanning it, and checks no item', () => {
    const text = largeSetFile(5_000);
    const { result, seen } = readWithProgress(text.slice(0, Math.floor(text.length * 0.7)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(inEnglish(result.errors)[0]).toMatch(/^the file is cut off/);
    expect(phases(seen)).toEqual(['scanning', 'parsing']);
  });
});
