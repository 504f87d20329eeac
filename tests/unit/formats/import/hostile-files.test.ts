import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSharedFile } from '../../../../utils/formats/import/parse-file.ts';
import type { RedlineSetFile } from '../../../../utils/formats/set-file.ts';
import { inEnglish } from '../../../harness/problems.ts';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/sharing');
const colleagueText = readFileSync(path.join(FIXTURES, 'untoc-colleague.redline.json'), 'utf8');
const colleague = (): RedlineSetFile => JSON.parse(colleagueText);

function errorsOf(input: string | Uint8Array): string[] {
  const result = readSharedFile(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return inEnglish(result.errors);
}

describe('reading an untrusted file', () => {
  it('reads a valid Redline set', () => {
    const result = readSharedFile(colleagueText);
    expect(result.ok && result.value.file.annotations.map((a) => a.id)).toEqual([
      'clf-untoc-1',
      'clf-untoc-2',
      'clf-untoc-3',
    ]);
  });

  it('refuses truncated JSON, saying it is cut off', () => {
    const errors = errorsOf(colleagueText.slice(0, colleagueText.length / 2));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^the file is cut off/);
  });

  it('refuses text that is not JSON, saying so', () => {
    const errors = errorsOf('Article 5. Criminalization of participation');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^the file is not valid JSON/);
  });

  it('asks for an update when the set is of a later version', () => {
    const errors = errorsOf(JSON.stringify({ ...colleague(), version: 3 }));
    expect(errors).toEqual([
      'this file is a Redline set of version 3; this Redline reads version 1 — update Redline',
    ]);
  });

  it('refuses a 300 MB file by its size, before reading it', () => {
    // Never filled or decoded: the size alone refuses it.
    const bytes = new Uint8Array(300 * 1024 * 1024);
    expect(errorsOf(bytes)).toEqual(['the file is 300 MB; Redline reads files up to 256 MB']);
  });

  it('refuses a million annotations by their count, in the pre-scan', () => {
    // Items as small as `0` keep the text under the size limit, so the count is what refuses it.
    const text = `{"format":"redline.annotation-set","annotations":[${'0,'.repeat(999_999)}0]}`;
    expect(text.length).toBeLessThan(20 * 1024 * 1024);
    expect(errorsOf(text)).toEqual([
      'annotations: more than 200,000 items; Redline reads up to 200,000',
    ]);
  });

  it('refuses 100 000 nested brackets without recursing into them', () => {
    expect(errorsOf('['.repeat(100_000))).toEqual([
      `${'[0]'.repeat(64)}: nested deeper than 64 levels`,
    ]);
  });

  it('refuses a string longer than any field may be', () => {
    const text = JSON.stringify({ ...colleague(), exportedAt: 'x'.repeat(200_000) });
    expect(errorsOf(text)).toEqual([
      'exportedAt: a text of 200,000 characters; Redline reads texts up to 100,000',
    ]);
  });

  it('refuses __proto__, constructor and prototype keys and pollutes nothing', () => {
    const text = colleagueText
      .replace(
        '"provision": "Art. 5(2)"',
        '"__proto__": { "polluted": true }, "provision": "Art. 5(2)"',
      )
      .replace(
        '"rationale": ""',
        '"constructor": { "prototype": { "polluted": true } }, "rationale": ""',
      );
    const errors = errorsOf(text);
    expect(errors).toEqual([
      'annotations[1]: the key "__proto__" is not allowed',
      'annotations[2]: the key "constructor" is not allowed',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('finds forbidden keys written with escapes too', () => {
    const text = JSON.stringify({ ...colleague(), x: 1 }).replace('"x":1', '"\\u005f_proto__":1');
    expect(errorsOf(text)).toEqual(['the key "__proto__" is not allowed']);
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = new TextEncoder().encode(colleagueText);
    bytes[200] = 0xff;
    expect(errorsOf(bytes)).toEqual(['the file is not JSON: it is not UTF-8 text']);
  });

  it('skips each annotation with a wrong value, naming it and the field, and reads the rest', () => {
    const file = colleague() as unknown as { annotations: Array<Record<string, unknown>> };
    (file.annotations[1] as Record<string, unknown>).comment = 42;
    (file.annotations[2] as Record<string, unknown>).tags = 'privacy';
    const read = readSharedFile(JSON.stringify(file));
    expect(read.ok && inEnglish(read.value.skipped)).toEqual([
      'annotations[1] (id "clf-untoc-2"): not imported (comment: expected string, received number)',
      'annotations[2] (id "clf-untoc-3"): not imported (tags: expected array, received string)',
    ]);
    expect(read.ok && read.value.file.annotations.map((a) => a.id)).toEqual(['clf-untoc-1']);
  });

  it('skips annotations that point at no set or document of the file', () => {
    const file = colleague();
    (file.annotations[0] as { setId: string }).setId = 'elsewhere';
    const read = readSharedFile(JSON.stringify(file));
    expect(read.ok && inEnglish(read.value.skipped)).toEqual([
      'annotations[0] (id "clf-untoc-1"): not imported (setId: no set "elsewhere" in this file)',
    ]);
  });

  it('keeps HTML and script in every string field as plain text, verbatim', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(document.cookie)</script>';
    const file = colleague();
    const [annotation] = file.annotations;
    if (!annotation) throw new Error('fixture has annotations');
    Object.assign(annotation, {
      comment: hostile,
      rationale: hostile,
      provision: hostile,
      tags: [hostile],
      proposal: { kind: 'insert', text: hostile },
      author: { id: hostile, name: hostile, organisation: hostile },
    });
    annotation.target.quote = {
      type: 'TextQuoteSelector',
      exact: hostile,
      prefix: hostile,
      suffix: hostile,
    };
    Object.assign(file.sets[0] as object, {
      name: hostile,
      owner: { author: hostile, organisation: hostile },
    });
    Object.assign(file.documents[0] as object, { title: hostile });
    const result = readSharedFile(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [read] = result.value.file.annotations;
    expect(read?.comment).toBe(hostile);
    expect(read?.target.quote.exact).toBe(hostile);
    expect(read?.author?.name).toBe(hostile);
    expect(result.value.file.sets[0]?.name).toBe(hostile);
    expect(result.value.file.documents[0]?.title).toBe(hostile);
    expect(Object.prototype).not.toHaveProperty('alert');
  });

  it('says what it cannot read', () => {
    expect(errorsOf('42')).toEqual([
      'the file holds no annotations: expected a JSON object or an array of objects',
    ]);
    expect(errorsOf('{"format":"redline.backup","version":1}')).toEqual([
      'this file is a "redline.backup" file, not a Redline annotation set',
    ]);
    expect(errorsOf('{"hello":"world"}')).toEqual([
      'this file is not a Redline annotation set, W3C Web Annotations or a Hypothesis export',
    ]);
  });
});
