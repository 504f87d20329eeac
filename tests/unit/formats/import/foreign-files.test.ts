import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { submissionToW3c } from '../../../../utils/formats/export/w3c.ts';
import { readSharedFile } from '../../../../utils/formats/import/parse-file.ts';
import { inEnglish } from '../../../harness/problems.ts';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/sharing');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
// The same UNTOC text the fixtures' offsets were taken from.
const CORPUS = readFileSync(
  path.resolve(__dirname, '../../../fixtures/formats/untoc-2000-en.txt'),
  'utf8',
);
const SOURCE = 'https://www.unodc.org/documents/treaties/UNTOC/untoc-en.html';

function read(text: string, options?: Parameters<typeof readSharedFile>[1]) {
  const result = readSharedFile(text, options);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

describe('W3C Web Annotations', () => {
  const text = fixture('untoc-w3c.jsonld');

  it('become one imported set whose quotes and positions come from the selectors', () => {
    const { kind, file, skipped } = read(text);
    expect(kind).toBe('w3c');
    expect(file.sets).toHaveLength(1);
    expect(file.sets[0]?.name).toBe('UNTOC review group');
    const [first, second] = file.annotations;
    expect(first?.target.quote.exact).toMatch(/^“Serious crime” shall mean/);
    const { start, end } = first?.target.position ?? { start: 0, end: 0 };
    expect(CORPUS.slice(start, end)).toBe(first?.target.quote.exact);
    expect(first?.comment).toBe('Four years is low: many minor offences qualify.');
    expect(first?.tags).toEqual(['thresholds']);
    expect(first?.author).toEqual({
      id: 'https://annotations.example.org/people/jm',
      name: 'Jorge Martínez',
    });
    expect(first?.updatedAt).toBe('2026-10-03T07:12:45.000Z');
    expect(first?.provision).toBe('');
    expect(file.documents.map((d) => d.key)).toEqual([SOURCE]);
    expect(second?.comment).toBe('Keep this safeguard as drafted.');
    // No position in the file: none is invented.
    expect(second?.target.position).toBeUndefined();
    expect(inEnglish(skipped)).toEqual([
      'first.items[2] (id "https://annotations.example.org/anno/3"): target: not imported (targets the whole resource, no passage)',
    ]);
  });

  it('give the same ids on every import', () => {
    expect(read(text).file).toEqual(read(text).file);
    expect(read(text).file.annotations[0]?.id).toMatch(/^w3c-[0-9a-f]{16}$/);
  });

  it('are read as a single annotation or an array too', () => {
    const collection = JSON.parse(text);
    const single = collection.first.items[0];
    expect(read(JSON.stringify(single)).file.annotations).toHaveLength(1);
    expect(read(JSON.stringify(collection.first.items)).file.annotations).toHaveLength(2);
  });

  it('map the page to a document key through the caller', () => {
    const { file } = read(text, { documentKeyFor: () => 'A/RES/55/25|en' });
    expect(file.documents.map((d) => d.key)).toEqual(['A/RES/55/25|en']);
    expect(file.annotations.every((a) => a.documentKey === 'A/RES/55/25|en')).toBe(true);
  });

  it('name the selector that is wrong, and import the rest', () => {
    const collection = JSON.parse(text);
    collection.first.items[1].target.selector.exact = 7;
    const { file, skipped } = read(JSON.stringify(collection));
    expect(file.annotations).toHaveLength(1);
    expect(inEnglish(skipped)).toContain(
      'first.items[1] (id "https://annotations.example.org/anno/2"): target: not imported (its TextQuoteSelector is wrong (exact: expected string, received number))',
    );
  });

  it('refuse a collection whose pages are only linked', () => {
    const collection = { ...JSON.parse(text), first: 'https://annotations.example.org/page1' };
    const result = readSharedFile(JSON.stringify(collection));
    expect(result.ok ? [] : inEnglish(result.errors)[0]).toMatch(
      /^first: the collection’s annotations are not in the file/,
    );
  });
});

describe('a Hypothesis export', () => {
  const text = fixture('untoc-hypothesis.json');

  it('becomes one imported set of the exporting user, replies under their comment', () => {
    const { kind, file, skipped } = read(text);
    expect(kind).toBe('hypothesis');
    expect(file.sets.map((s) => [s.name, s.owner?.author])).toEqual([['Hypothesis', 'lkowalska']]);
    expect(file.annotations).toHaveLength(2);
    const [first] = file.annotations;
    expect(first?.comment).toBe(
      'Sovereignty language: *compare* Art. 4 of the **cybercrime** draft.',
    );
    expect(first?.author).toEqual({ id: 'acct:lkowalska@hypothes.is', name: 'Lena Kowalska' });
    expect(first?.createdAt).toBe('2026-10-20T10:15:31.160Z');
    expect(CORPUS.slice(first?.target.position?.start, first?.target.position?.end)).toBe(
      first?.target.quote.exact,
    );
    expect(file.documents[0]?.title).toBe(
      'United Nations Convention against Transnational Organized Crime',
    );
    expect(inEnglish(skipped)).toEqual([]);
    expect(file.annotations.flatMap((a) => a.replies ?? []).map((r) => r.id)).toEqual([
      'hypothesis-reply-Rr1uV2e1Eg-reply0001AA',
    ]);
  });

  it('is read from an API search result and a bare array alike', () => {
    const { annotations } = JSON.parse(text);
    const fromExport = read(text).file.annotations;
    expect(read(JSON.stringify({ total: 3, rows: annotations })).file.annotations).toEqual(
      fromExport,
    );
    expect(read(JSON.stringify(annotations)).file.annotations).toEqual(fromExport);
  });

  it('names a bad date and skips that annotation only', () => {
    const exported = JSON.parse(text);
    exported.annotations[0].updated = 'yesterday';
    const { file, skipped } = read(JSON.stringify(exported));
    expect(file.annotations).toHaveLength(1);
    expect(inEnglish(skipped)).toContain(
      'annotations[0] (id "Xk3fR2c9Ee-abc7Q1wZf0A"): not imported (updated: expected a date and time)',
    );
  });
});

describe('Redline’s own W3C export, read back', () => {
  it('keeps comment, rationale, provision, tags, stance, priority and the amended text apart', () => {
    const set = JSON.parse(fixture('untoc-colleague.redline.json'));
    const [document] = set.documents;
    const text = submissionToW3c(set.annotations, document, {
      collectionId: 'urn:uuid:00000000-0000-4000-8000-000000000001',
    });
    const { file } = read(text, { documentKeyFor: () => document.key });
    const [original] = set.annotations;
    const back = file.annotations.find((a) => a.target.quote.exact === original.target.quote.exact);
    expect(back).toMatchObject({
      comment: original.comment,
      rationale: original.rationale,
      provision: original.provision,
      tags: original.tags,
      stance: original.stance,
      priority: original.priority,
      proposal: { kind: 'replace' },
    });
    expect(back?.proposal?.text).toContain('an act in furtherance of the agreement');
  });
});
