// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../../utils/anchoring/anchor.ts';
import { readSharedFile } from '../../../../utils/formats/import/parse-file.ts';
import { codesOf, inEnglish, refusedInEnglish } from '../../../harness/problems.ts';

/** Captures of a Hypothesis server's search API and the pages they annotate (README). */
const CAPTURES = path.resolve(__dirname, '../../../fixtures/sharing/hypothesis-client');
const capture = (name: string) => readFileSync(path.join(CAPTURES, name), 'utf8');

describe('search responses captured from a Hypothesis server (hypothesis/client test baselines)', () => {
  const raw = JSON.parse(capture('wikipedia-regression-testing.json'));
  const result = readSharedFile(capture('wikipedia-regression-testing.json'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const { file, skipped } = result.value;

  it('imports all five annotations with their comments, quotes and dates, nothing skipped', () => {
    expect(inEnglish(skipped)).toEqual([]);
    expect(file.annotations).toHaveLength(raw.total);
    const quoteOf = (row: { target: { selector: { type: string; exact?: string }[] }[] }) =>
      row.target[0]?.selector.find((s) => s.type === 'TextQuoteSelector')?.exact;
    const byDate = [...raw.rows].sort((a, b) => a.created.localeCompare(b.created));
    expect(
      [...file.annotations]
        .sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''))
        .map((a) => [a.comment, a.target.quote.exact, a.author?.id]),
    ).toEqual(byDate.map((row) => [row.text, quoteOf(row), row.user]));
  });

  it('takes the document from uri and title (an array, as the API gives it) and keeps the shared rows shared', () => {
    expect(file.documents).toEqual([
      expect.objectContaining({
        key: 'https://en.wikipedia.org/wiki/Regression_testing',
        title: 'Regression testing - Wikipedia',
      }),
    ]);
    // Every row is readable by group:__world__: none is private.
    expect(file.annotations.filter((a) => a.private)).toEqual([]);
    expect(file.sets).toEqual([expect.objectContaining({ owner: { author: 'mark' } })]);
  });

  it('anchors every imported passage exactly where Hypothesis put it, in the captured page', () => {
    // Its stylesheet links point at the capturing machine; only the text matters here.
    const html = capture('wikipedia-regression-testing.html').replace(/<link\b[^>]*>/g, '');
    const page = new DOMParser().parseFromString(html, 'text/html');
    const text = page.body.textContent ?? '';
    for (const annotation of file.annotations) {
      const result = anchor(annotation.target, text);
      expect(result, annotation.comment).toMatchObject({ status: 'exact' });
      if (result.status === 'orphan') continue;
      expect(text.slice(result.start, result.end)).toBe(annotation.target.quote.exact);
      // Offsets differ (the client mounts the baseline in its own container); the context agrees.
      expect(text.slice(result.end).startsWith(annotation.target.quote.suffix.trimEnd())).toBe(
        true,
      );
    }
  });

  it('refuses the minimal baseline whole, saying which required fields its one row lacks', () => {
    // The client's smallest baseline has only id and target: not an annotation the API returns.
    const minimal = readSharedFile(capture('minimal.json'));
    expect(refusedInEnglish(minimal)).toEqual([
      'nothing in this file can be imported: no annotation quotes a passage of text Redline can find',
      'rows[0] (id "test"): not imported (created: expected string, received undefined, updated: expected string, received undefined, user: expected string, received undefined, and uri: expected string, received undefined)',
    ]);
    expect(minimal.ok ? [] : codesOf(minimal.errors).slice(0, 3)).toEqual([
      'nothingToImport',
      'notImported',
      'zod.invalid_type',
    ]);
  });
});
