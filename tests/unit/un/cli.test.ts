import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main.ts';
import { DetectResult, Outline } from '../../../utils/un/schemas.ts';
import { FIXTURES, fixture, LISTING_URL } from './fixtures.ts';

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(['node', 'redline', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const at = (name: string) => resolve(FIXTURES, name);
const SITE_SHAPES = resolve(FIXTURES, '../site/www.unodc.org/documents/shapes');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('redline detect', () => {
  it('prints the listing of a saved session page', async () => {
    const { code, stdout } = await run('detect', at('session-listing.html'), '--url', LISTING_URL);
    expect(code).toBe(0);
    const result = DetectResult.parse(JSON.parse(stdout));
    expect(result.kind).toBe('listing');
    expect(result.documents).toHaveLength(5);
    expect(result.documents[2]?.languages.ar).toBe(
      'https://www.unodc.org/documents/Cybercrime/AdHocCommittee/Fourth_session/Documents/A_AC.291_L.15_A.pdf',
    );
  });

  it('prints a draft with its symbol', async () => {
    const { code, stdout } = await run('detect', at('untoc-draft.html'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'draft', symbol: 'A/AC.254/4/Rev.11' });
  });

  it('prints other for a page that is not a UN page', async () => {
    const { stdout } = await run(
      'detect',
      at('non-un.html'),
      '--url',
      'https://allotments.example.org/',
    );
    expect(JSON.parse(stdout)).toEqual({ kind: 'other', documents: [] });
  });

  it('exits 1 when the file cannot be read or is not HTML', async () => {
    const missing = await run('detect', at('missing.html'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*missing\.html/);
    const notHtml = await run('detect', at('untoc.txt'));
    expect(notHtml.code).toBe(1);
    expect(notHtml.stderr).toMatch(/not an HTML page/);
    expect(notHtml.stdout).toBe('');
  });

  it('exits 2 on bad usage', async () => {
    expect((await run('detect')).code).toBe(2);
    const badUrl = await run('detect', at('non-un.html'), '--url', 'not a url');
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toMatch(/http\(s\) URL/);
  });
});

describe('redline outline', () => {
  it('prints the outline of a .txt draft with offsets into the file content', async () => {
    const { code, stdout } = await run('outline', at('untoc.txt'));
    expect(code).toBe(0);
    const outline = Outline.parse(JSON.parse(stdout));
    expect(outline.units).toHaveLength(41);
    const article3 = outline.units[2];
    const paragraph2b = article3?.children[1]?.children[1];
    expect(paragraph2b?.address).toBe('Art. 3(2)(b)');
    expect(fixture('untoc.txt').slice(paragraph2b?.start, paragraph2b?.end)).toMatch(
      /^b\) It is committed in one State but a substantial part/,
    );
  });

  it('prints the outline of an .html draft', async () => {
    const { code, stdout } = await run('outline', at('untoc-draft.html'));
    expect(code).toBe(0);
    const outline = Outline.parse(JSON.parse(stdout));
    expect(outline).toMatchObject({ symbol: 'A/AC.254/4/Rev.11', language: 'en' });
    expect(outline.units.map((unit) => unit.address)).toContain('Art. 41');
  });

  it('prints a resolution by preambular and operative paragraphs, offsets into the file', async () => {
    const file = resolve(FIXTURES, '../shapes/a-res-80-53.txt');
    const { code, stdout } = await run('outline', file);
    expect(code).toBe(0);
    const outline = Outline.parse(JSON.parse(stdout));
    expect(outline.shape).toBe('resolution');
    const [preamble, ...operative] = outline.units;
    expect(preamble?.children.map((unit) => unit.address).slice(0, 2)).toEqual([
      'Preambular para. 1',
      'Preambular para. 2',
    ]);
    const paragraph5b = operative[4]?.children[1];
    expect(paragraph5b?.address).toBe('Operative para. 5(b)');
    expect(readFileSync(file, 'utf8').slice(paragraph5b?.start, paragraph5b?.end)).toMatch(
      /^\(b\) Appraise knowledge/,
    );
  });

  it('prints real texts by their own units: a report’s chapter without its contents, a French resolution’s annex', async () => {
    const report = Outline.parse(
      JSON.parse((await run('outline', resolve(SITE_SHAPES, 'working-paper.html'))).stdout),
    );
    expect(report).toMatchObject({ shape: 'report', symbol: 'A/CONF.187/6' });
    expect(report.units.map((unit) => [unit.address, unit.title])).toEqual([
      ['Chapter I', 'Introduction'],
    ]);
    expect(report.units[0]?.children.map((unit) => unit.address)).toEqual([
      'para. 1',
      'para. 2',
      'para. 3',
    ]);
    const file = resolve(FIXTURES, '../shapes/a-res-56-261-fr.txt');
    const resolution = Outline.parse(JSON.parse((await run('outline', file)).stdout));
    expect(resolution).toMatchObject({ shape: 'resolution', language: 'fr' });
    const annex = resolution.units.at(-1);
    const paragraph = annex?.children[0]?.children[0];
    expect(paragraph?.address).toBe('Annex, Chapter I para. 1');
    expect(readFileSync(file, 'utf8').slice(paragraph?.start, paragraph?.end)).toMatch(
      /^1\. En vue d’assurer/,
    );
  });

  it('prints a report by its numbered paragraphs and interpretative notes with what they explain', async () => {
    const report = Outline.parse(
      JSON.parse((await run('outline', resolve(SITE_SHAPES, 'report-rev1.html'))).stdout),
    );
    expect(report).toMatchObject({ shape: 'report', symbol: 'A/CONF.225/2025/L.1/Rev.1' });
    expect(JSON.stringify(report.units[1])).toContain('"address":"para. 12(e)"');
    const notes = Outline.parse(
      JSON.parse((await run('outline', resolve(SITE_SHAPES, 'interpretative-notes.html'))).stdout),
    );
    expect(notes.shape).toBe('notes');
    const explained = JSON.stringify(notes.units);
    expect(explained).toContain('"address":"para. 7"');
    expect(explained).toContain('"explains":"Art. 3"');
  });

  it('exits 1 for a PDF it cannot read, saying why, and prints nothing', async () => {
    const { code, stderr, stdout } = await run('outline', at('missing.pdf'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.pdf/);
    expect(stdout).toBe('');
  });

  it('exits 2 for a file type it does not read, 1 for a missing file', async () => {
    expect((await run('outline', 'draft.docx')).code).toBe(2);
    expect((await run('outline', at('missing.txt'))).code).toBe(1);
  });

  it('outlines a draft saved with Windows line ends', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'redline-outline-'));
    const file = join(directory, 'draft.txt');
    writeFileSync(file, 'Article 1\r\n1. One.\r\n2. Two.\r\n');
    const { stdout } = await run('outline', file);
    const outline = Outline.parse(JSON.parse(stdout));
    expect(outline.units[0]?.children.map((unit) => [unit.start, unit.end])).toEqual([
      [11, 18],
      [20, 27],
    ]);
  });
});
