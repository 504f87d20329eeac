import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main.ts';
import { untoc } from './helpers/corpus.ts';

const dir = mkdtempSync(join(tmpdir(), 'redline-reanchor-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function reanchor(...args: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(['node', 'redline', 'reanchor', ...args]);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

const kept = 'United Nations Convention against Transnational Organized Crime';
const deleted = 'Each State Party shall adopt such legislative and other measures';
const edited = 'to prevent and combat transnational organized crime more effectively';
const oldText = untoc;
const deletedAt = oldText.indexOf(deleted);
const newText =
  `Preamble added.\n${oldText.slice(0, deletedAt)}${oldText.slice(deletedAt + deleted.length)}`.replace(
    edited,
    'to prevent and combat transnational organized crime much more effectively',
  );
const quotes = [kept, deleted, edited].map((quote, i) => {
  const start = oldText.indexOf(quote);
  return { id: `q${i}`, start, end: start + quote.length };
});

describe('redline reanchor', () => {
  const from = file('old.txt', oldText);
  const to = file('new.txt', newText);
  const quotesFile = file('quotes.json', JSON.stringify(quotes));

  it('carries passages onto a revised .txt: exact, orphan when deleted, fuzzy when edited', async () => {
    const { code, stdout } = await reanchor('--from', from, '--to', to, '--quotes', quotesFile);
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    const keptAt = newText.indexOf(kept);
    // Both versions have an outline, so `revision` and the provisions come too (tests/unit/revisions).
    expect(results[0]).toMatchObject({
      id: 'q0',
      status: 'exact',
      score: 1,
      start: keptAt,
      end: keptAt + kept.length,
      text: kept,
    });
    expect(results[1]).toMatchObject({ id: 'q1', status: 'orphan', score: 0 });
    expect(results[1]).not.toHaveProperty('start');
    expect(results[2]).toMatchObject({ id: 'q2', status: 'fuzzy' });
    expect(results[2].text).toContain('much more effectively');
    expect(results[2].score).toBeGreaterThan(0.8);
    expect(results[2].score).toBeLessThan(1);
  });

  it('reads .html drafts through the text index, leaving scripts out', async () => {
    const paragraphs = oldText
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => `<p>${line}</p>`);
    const html = file(
      'old.html',
      `<html><body><script>var x;</script><main>${paragraphs.join('')}</main></body></html>`,
    );
    const { code, stdout } = await reanchor('--from', from, '--to', html, '--quotes', quotesFile);
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(results.map((result: { status: string }) => result.status)).toEqual([
      'exact',
      'exact',
      'exact',
    ]);
    expect(results[1].text).toBe(deleted);
  });

  it('exits 1 naming what is wrong with a bad quotes file', async () => {
    const bad = file('bad.json', JSON.stringify([{ id: 'a', start: 10 }]));
    const { code, stderr } = await reanchor('--from', from, '--to', to, '--quotes', bad);
    expect(code).toBe(1);
    expect(stderr).toContain('0.end');
  });

  it('exits 1 when a quote lies past the end of the old text', async () => {
    const far = file(
      'far.json',
      JSON.stringify([{ id: 'far', start: 10, end: oldText.length + 5 }]),
    );
    const { code, stderr } = await reanchor('--from', from, '--to', to, '--quotes', far);
    expect(code).toBe(1);
    expect(stderr).toContain('quote far');
  });

  it('exits 2 for a file type it cannot read', async () => {
    const { code } = await reanchor(
      '--from',
      file('old.docx', 'PK'),
      '--to',
      to,
      '--quotes',
      quotesFile,
    );
    expect(code).toBe(2);
  });
});
