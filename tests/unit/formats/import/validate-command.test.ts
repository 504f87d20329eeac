import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../../../cli/commands/validate.ts';
import { inEnglish } from '../../../harness/problems.ts';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/sharing');
const bytes = (text: string) => new TextEncoder().encode(text);
const colleague = readFileSync(path.join(FIXTURES, 'untoc-colleague.redline.json'), 'utf8');

const submission = {
  format: 'redline.submission',
  version: 1,
  date: '2026-11-30',
  organisation: {
    name: 'Civil Liberties Forum',
    acronym: 'CLF',
    country: '',
    contactName: '',
    contactEmail: '',
    accreditation: '',
  },
  document: { key: 'A/RES/55/25|en', symbol: 'A/RES/55/25' },
  generalComments: [],
  items: [],
};

describe('redline validate', () => {
  it('sums up a valid set file in one line', () => {
    expect(validateFile(bytes(colleague))).toEqual({
      ok: true,
      value: 'Redline annotation set: 1 set, 1 document, 3 annotations',
    });
  });

  it('sums up a Hypothesis export, counting what cannot be imported', () => {
    const text = readFileSync(path.join(FIXTURES, 'untoc-hypothesis.json'));
    expect(validateFile(text)).toEqual({
      ok: true,
      value: 'Hypothesis export: 1 set, 1 document, 2 annotations',
    });
    const w3c = readFileSync(path.join(FIXTURES, 'untoc-w3c.jsonld'));
    expect(validateFile(w3c)).toEqual({
      ok: true,
      value: 'W3C Web Annotations: 1 set, 1 document, 2 annotations, 1 item Redline cannot import',
    });
  });

  it('checks a submission against its schema', () => {
    expect(validateFile(bytes(JSON.stringify(submission)))).toEqual({
      ok: true,
      value: 'Redline submission on A/RES/55/25: 0 items',
    });
    const bad = { ...submission, date: 'tomorrow', organisation: { name: 7 } };
    const result = validateFile(bytes(JSON.stringify(bad)));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : inEnglish(result.errors)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^date: /),
        'organisation.name: expected string, received number',
        'organisation.acronym: expected string, received undefined',
      ]),
    );
  });

  it('gives every reason a set file is wrong', () => {
    const file = JSON.parse(colleague);
    file.annotations[0].comment = null;
    file.annotations[1].tags = [1];
    file.sets[0].colour = 'yellow';
    const result = validateFile(bytes(JSON.stringify(file)));
    expect(result.ok ? [] : inEnglish(result.errors)).toEqual([
      'sets[0] (id "c1d2e3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f"): colour: does not match the pattern /^#[0-9a-f]{6}$/i',
      'annotations[0] (id "clf-untoc-1"): comment: expected string, received null',
      'annotations[1] (id "clf-untoc-2"): tags[0]: expected string, received number',
    ]);
  });
});
