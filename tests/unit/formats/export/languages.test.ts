import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ar } from '../../../../locales/ar.ts';
import { es } from '../../../../locales/es.ts';
import { fr } from '../../../../locales/fr.ts';
import { ru } from '../../../../locales/ru.ts';
import { zh } from '../../../../locales/zh.ts';
import { submissionToCsv } from '../../../../utils/formats/export/csv.ts';
import { MATRIX_HEADERS, submissionToDocx } from '../../../../utils/formats/export/docx.ts';
import { exportSubmission } from '../../../../utils/formats/export/export-submission.ts';
import { submissionToMarkdown } from '../../../../utils/formats/export/markdown.ts';
import { buildSubmission } from '../../../../utils/formats/submission-build.ts';
import { provisionLabel } from '../../../../utils/un/provision-label.ts';
import { cellRuns, documentXml, tableRows } from './docx-xml.ts';
import { FIXTURE_ORDER, fixtureInput } from './fixture.ts';

const submission = buildSubmission(fixtureInput());
const catalogs = { ar, zh, fr, ru, es } as const;

describe('an Arabic submission in Word', async () => {
  const xml = documentXml(await submissionToDocx(submission, 'ar'));
  const rows = tableRows(xml);

  it('heads the matrix and the cover in Arabic, provisions in full Arabic form', () => {
    expect(rows[0]).toEqual(MATRIX_HEADERS.map((key) => ar[key]));
    expect(rows.slice(1).map((row) => row[0])).toEqual(
      FIXTURE_ORDER.map((address) => provisionLabel(address, 'ar', 'full')),
    );
    expect(rows.map((row) => row[0])).toContain('المادة 5، الفقرة 1 (أ) ‘1’');
    const cover = xml.slice(0, xml.indexOf('<w:tbl>'));
    expect(cover).toContain('تعليقات على A/RES/55/25');
    expect(cover).toContain(`${ar['submission.organisation']}: `);
    expect(cover).toContain(ar['submission.generalComments']);
  });

  it('lays the table and the cover out right to left', () => {
    expect(xml).toContain('<w:bidiVisual/>');
    const cover = xml.slice(0, xml.indexOf('<w:tbl>'));
    expect(cover.match(/<w:bidi\/>/g)?.length).toBeGreaterThan(5);
    expect(cover).toContain('<w:rtl/>');
  });

  it('keeps the legend’s struck and underlined words, in Arabic', () => {
    const legend = xml.slice(xml.indexOf('الكلمات المحذوفة') - 400, xml.indexOf('<w:tbl>'));
    expect(legend).toMatch(/<w:strike\/>[\s\S]*مشطوبة/);
    expect(legend).toMatch(/<w:u w:val="single"\/>[\s\S]*مسطَّرة/);
  });

  it('keeps the English quote left to right inside the Arabic table', () => {
    const row = rows.findIndex((cells) => cells[0] === provisionLabel('Art. 3(1)', 'ar', 'full'));
    expect(
      cellRuns(xml, row, 1)
        .map((run) => run.text)
        .join(''),
    ).toMatch(/^the prevention/);
    const rowXml = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)][row]?.[1] ?? '';
    const quoteCell = [...rowXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)][1]?.[1] ?? '';
    expect(quoteCell).not.toMatch(/<w:rtl\/>|<w:bidi\/>/);
  });
});

describe('Word styles cover every script', async () => {
  const { unzipSync, strFromU8 } = await import('fflate');
  const styles = strFromU8(
    unzipSync(await submissionToDocx(submission, 'zh'))['word/styles.xml'] as Uint8Array,
  );
  it('names a Latin, a complex-script (Arabic) and an East Asian (Chinese) font', () => {
    expect(styles).toMatch(/w:rFonts[^>]*w:eastAsia="SimSun"/);
    expect(styles).toMatch(/w:rFonts[^>]*w:cs="Arial"/);
    expect(styles).toMatch(/w:lang[^>]*w:val="zh"/);
  });
});

describe.each(['zh', 'fr', 'ru', 'es'] as const)('a submission in %s', (language) => {
  const words = catalogs[language];

  it('Word: headers and provisions in the language, left to right', async () => {
    const xml = documentXml(await submissionToDocx(submission, language));
    const rows = tableRows(xml);
    expect(rows[0]).toEqual(MATRIX_HEADERS.map((key) => words[key]));
    expect(rows[2]?.[0]).toBe(provisionLabel('Art. 1', language, 'full'));
    expect(xml).not.toContain('<w:bidiVisual/>');
  });

  it('Markdown: cover labels, headings and provisions in the language', () => {
    const markdown = submissionToMarkdown(submission, language);
    expect(markdown).toContain(`- **${words['submission.organisation']}:**`);
    expect(markdown).toContain(`## ${words['submission.generalComments']}`);
    expect(markdown).toContain(`## ${provisionLabel('Art. 5(1)(a)(i)', language, 'full')}`);
    expect(markdown).toMatch(/<del>[^<]+<\/del>/);
    expect(markdown).not.toMatch(/\*\*(Comment|Rationale|Proposed amendment)\*\*/);
  });

  it('CSV: headers in the language, read back by papaparse', () => {
    const { data } = Papa.parse<string[]>(submissionToCsv(submission, language).slice(1), {
      skipEmptyLines: true,
    });
    expect(data[0]?.[0]).toBe(words['csv.provision']);
    expect(data[0]?.[1]).toBe(words['csv.quote']);
    expect(data.slice(1).map((row) => row[0])).toEqual(
      FIXTURE_ORDER.map((address) => provisionLabel(address, language, 'full')),
    );
  });
});

describe('the language of a submission', () => {
  it('is the draft’s when none is chosen', async () => {
    const french = fixtureInput();
    french.document = { ...french.document, language: 'fr' } as typeof french.document;
    const file = await exportSubmission('md', french);
    expect(file.data).toContain(`## ${fr['submission.generalComments']}`);
  });
  it('is the one chosen otherwise, and JSON keeps the canonical addresses', async () => {
    const markdown = await exportSubmission('md', fixtureInput(), 'ru');
    expect(markdown.data).toContain('## Статья 1');
    const json = await exportSubmission('json', fixtureInput(), 'ru');
    expect(json.data).toContain('"Art. 5(1)(a)(i)"');
  });
});
