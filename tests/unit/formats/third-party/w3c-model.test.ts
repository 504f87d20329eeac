import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSharedFile } from '../../../../utils/formats/import/parse-file.ts';
import { inEnglish } from '../../../harness/problems.ts';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/sharing');
const EXAMPLES = path.join(FIXTURES, 'w3c-model-examples');
const CORPUS = readFileSync(path.join(FIXTURES, '../formats/untoc-2000-en.txt'), 'utf8');

const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.json'))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const results = new Map(
  examples.map((name) => [name, readSharedFile(readFileSync(path.join(EXAMPLES, name)))]),
);

describe('the W3C Recommendation’s 42 example files', () => {
  it('are all there, as published', () => {
    expect(examples).toHaveLength(42);
  });

  it('import exactly the ones with a quoted passage, and name why each other one imports nothing', () => {
    const accepted = [...results].filter(([, result]) => result.ok).map(([name]) => name);
    expect(accepted).toEqual(['anno26.json', 'anno32.json', 'collection1.json']);
    for (const [name, result] of results) {
      if (result.ok) continue;
      expect(inEnglish(result.errors)[0], name).toMatch(/^nothing in this file can be imported/);
      expect(result.errors.length, name).toBeGreaterThan(1);
    }
  });

  it('read a TextQuoteSelector under a FragmentSelector’s refinedBy (example 32)', () => {
    const result = results.get('anno32.json');
    const [annotation] = result?.ok ? result.value.file.annotations : [];
    expect(annotation?.target.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Selected Text',
      prefix: 'text before the ',
      suffix: ' and text after it',
    });
    // The IRI body is a link on the comment, not dropped.
    expect(annotation?.links).toEqual(['http://example.org/comment1']);
    // The example dates nothing and names nobody: nothing is invented.
    expect(annotation).not.toHaveProperty('createdAt');
    expect(annotation).not.toHaveProperty('author');
    expect(annotation?.target).not.toHaveProperty('position');
  });

  it('skip each of the collection’s 41 annotations that quotes nothing, with the reason', () => {
    const result = results.get('collection1.json');
    if (!result?.ok) throw new Error('collection1 refused');
    const { file, skipped } = result.value;
    expect(file.annotations).toHaveLength(2);
    expect(file.sets.map((set) => set.name)).toEqual(['Annotation Examples']);
    const reasons = inEnglish(skipped).map((line) => line.replace(/^.*?\): /, ''));
    expect(skipped.length).toBeGreaterThanOrEqual(39);
    expect(reasons).toContain('target: not imported (targets the whole resource, no passage)');
    expect(reasons).toContain(
      'target: not imported (selects by XPathSelector, with no quoted text to find the passage by)',
    );
    expect(reasons).toContain(
      'target: not imported (selects by RangeSelector, with no quoted text to find the passage by)',
    );
    expect(reasons).toContain(
      'target: not imported (selects by TextPositionSelector, with no quoted text to find the passage by)',
    );
    expect(reasons).toContain(
      'target: not imported (its selector is given by reference, not in the file)',
    );
    // Example 41: a position under a Fragment's refinement, not a quote.
    expect(inEnglish(skipped).find((line) => line.includes('anno41'))).toMatch(
      /selects by FragmentSelector, with no quoted text/,
    );
  });
});

describe('the whole model on UN text (AnnotationPage, contexts, selectors, bodies, targets)', () => {
  const result = readSharedFile(readFileSync(path.join(FIXTURES, 'untoc-w3c-model.jsonld')), {
    languages: ['en'],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const { file, skipped } = result.value;
  const byQuote = (start: string) =>
    file.annotations.find((annotation) => annotation.target.quote.exact.startsWith(start));

  it('finds every quoted passage in the Convention’s text', () => {
    expect(file.annotations).toHaveLength(4);
    for (const annotation of file.annotations) {
      const { exact, prefix, suffix } = annotation.target.quote;
      expect(CORPUS).toContain(`${prefix}${exact}${suffix}`);
    }
  });

  it('reads a Choice body in the reader’s language, a quote under refinedBy, a nickname', () => {
    const refined = byQuote('“Organized criminal group”');
    expect(refined?.comment).toBe('Three persons is too few to be a group.');
    expect(refined?.author).toEqual({
      id: 'https://annotations.example.org/people/ak',
      name: 'akhan',
    });
    expect(refined?.createdAt).toBe('2026-10-01T07:00:00.000Z');
    const french = readSharedFile(readFileSync(path.join(FIXTURES, 'untoc-w3c-model.jsonld')), {
      languages: ['fr-CH'],
    });
    expect(french.ok && french.value.file.annotations[0]?.comment).toBe(
      'Trois personnes, c’est trop peu.',
    );
  });

  it('takes a top-level position, never one refined inside a CSS selection', () => {
    const purpose = byQuote('The purpose');
    expect(purpose?.comment).toBe('Purpose clause: add human rights.');
    expect(purpose?.target.position).toEqual({
      type: 'TextPositionSelector',
      start: 113,
      end: 169,
    });
    expect(CORPUS.slice(113, 169)).toBe(purpose?.target.quote.exact);
  });

  it('makes one comment per quoted target, keeps link bodies as links and replies as replies', () => {
    const property = byQuote('“Property”');
    expect(property?.comment).toBe(
      'Both definitions must be read together; see the interpretative notes.',
    );
    expect(property?.tags).toEqual(['definitions']);
    expect(property?.links).toEqual([
      'https://www.unodc.org/unodc/en/treaties/CTOC/travaux-preparatoires.html',
      'http://www.wikidata.org/entity/Q181784',
    ]);
    expect(property?.replies).toEqual([
      {
        id: 'https://annotations.example.org/model/reply-1',
        text: 'Agreed; the travaux support this reading.',
        author: { id: 'https://annotations.example.org/people/jm', name: 'Jorge Martínez' },
        createdAt: '2026-10-04T08:00:00.000Z',
      },
    ]);
    // The reply is newer than the comment: the thread counts as changed then.
    expect(property?.updatedAt).toBe('2026-10-04T08:00:00.000Z');
    expect(byQuote('Protection of sovereignty')?.comment).toBe(
      'Sovereignty: compare both language versions.',
    );
  });

  it('names each target it cannot place, and the pages not in the file', () => {
    expect(inEnglish(skipped)).toEqual([
      'next: later pages (https://annotations.example.org/pages/untoc-model-2) are not in the file and were not imported',
      'items[2] (id "https://annotations.example.org/model/two-targets"): target[1]: not imported (selects by RangeSelector, with no quoted text to find the passage by)',
      'items[2] (id "https://annotations.example.org/model/two-targets"): target[2]: not imported (targets the whole resource, no passage)',
      'items[4] (id "https://annotations.example.org/model/composite"): target.items[1]: not imported (targets the whole resource, no passage)',
      'items[5] (id "https://annotations.example.org/model/by-reference"): target: not imported (its selector is given by reference, not in the file)',
    ]);
  });

  it('files every passage under the document its URL names', () => {
    expect(file.documents.map((document) => document.url)).toEqual([
      'https://www.unodc.org/documents/treaties/UNTOC/untoc-en.html',
    ]);
  });
});
