import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Submission } from '../../utils/formats/submission.ts';
import { redlineBytes } from '../harness/cli.ts';
import {
  FIXTURE_ORDER,
  fixtureSet,
  PROFILE_FILE,
  SET_FILE,
} from '../unit/formats/export/fixture.ts';

const temporary = () => mkdtempSync(path.join(tmpdir(), 'redline-export-'));

describe('redline export', { timeout: 60_000, concurrent: true }, () => {
  it('writes Markdown to stdout, headed by the profile', async () => {
    const { code, stdout } = await redlineBytes(
      'export',
      SET_FILE,
      '--format',
      'md',
      '--profile',
      PROFILE_FILE,
    );
    expect(code).toBe(0);
    const markdown = stdout.toString();
    expect(markdown).toContain('(A2JN)');
    expect([...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual([
      ...new Set(FIXTURE_ORDER),
    ]);
  });

  it('writes a valid JSON submission to a file, filtered and dated as asked', async () => {
    const out = path.join(temporary(), 'submission.json');
    const { code } = await redlineBytes(
      'export',
      SET_FILE,
      '-f',
      'json',
      '-o',
      out,
      '--tag',
      'definitions',
      '--date',
      '2024-03-01',
    );
    expect(code).toBe(0);
    const submission = Submission.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(submission.date).toBe('2024-03-01');
    expect(submission.organisation.name).toBe('Access to Justice Network');
    expect(submission.items.map((item) => item.provision)).toEqual([
      'Art. 2(a)',
      'Art. 2(a)',
      'Art. 2(b)',
    ]);
  });

  it('writes a .docx into a directory under the sortable file name', async () => {
    const directory = temporary();
    const { code } = await redlineBytes(
      'export',
      SET_FILE,
      '-f',
      'docx',
      '-o',
      directory,
      '--profile',
      PROFILE_FILE,
    );
    expect(code).toBe(0);
    expect(readdirSync(directory)).toEqual(['A_RES_55_25-A2JN-comments.docx']);
    const bytes = readFileSync(path.join(directory, 'A_RES_55_25-A2JN-comments.docx'));
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('refuses to send a .docx to the terminal: exit 2', async () => {
    const { code, stdout, stderr } = await redlineBytes('export', SET_FILE, '-f', 'docx');
    expect(code).toBe(2);
    expect(stdout.length).toBe(0);
    expect(stderr).toContain('give -o FILE');
  });

  it('exits 2 on an unknown format', async () => {
    const { code, stderr } = await redlineBytes('export', SET_FILE, '-f', 'odt');
    expect(code).toBe(2);
    expect(stderr).toContain('docx, md, csv, json, w3c, pdf');
  });

  it('exits 1 on an invalid set file, naming every problem with its path', async () => {
    const broken = structuredClone(fixtureSet) as Record<string, unknown> & typeof fixtureSet;
    broken.annotations[0] = { ...broken.annotations[0], comment: 42 } as never;
    broken.annotations[2] = { ...broken.annotations[2], stance: 'maybe' } as never;
    const file = path.join(temporary(), 'broken.redline.json');
    writeFileSync(file, JSON.stringify(broken));
    const { code, stderr } = await redlineBytes('export', file, '-f', 'csv');
    expect(code).toBe(1);
    expect(stderr).toContain('2 problems');
    expect(stderr).toContain('annotations.0.comment:');
    expect(stderr).toContain('annotations.2.stance:');
  });

  it('exits 1 on a file that is not JSON', async () => {
    const file = path.join(temporary(), 'not.redline.json');
    writeFileSync(file, '{ "format": ');
    const { code, stderr } = await redlineBytes('export', file, '-f', 'csv');
    expect(code).toBe(1);
    expect(stderr).toContain('is not JSON');
  });

  it('asks which document when the set covers several, and takes a symbol', async () => {
    const other = { key: 'A/AC.291/22|en', symbol: 'A/AC.291/22', language: 'en', versions: [] };
    const file = path.join(temporary(), 'two.redline.json');
    writeFileSync(
      file,
      JSON.stringify({ ...fixtureSet, documents: [...fixtureSet.documents, other] }),
    );
    const ambiguous = await redlineBytes('export', file, '-f', 'csv');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('A/AC.291/22|en');
    const chosen = await redlineBytes('export', file, '-f', 'csv', '--document', 'A/RES/55/25');
    expect(chosen.code).toBe(0);
    expect(chosen.stdout.toString().split('\r\n').filter(Boolean)).toHaveLength(
      FIXTURE_ORDER.length + 1,
    );
  });
});
