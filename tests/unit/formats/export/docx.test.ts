import { describe, expect, it } from 'vitest';
import { en } from '../../../../locales/en.ts';
import { MATRIX_HEADERS, submissionToDocx } from '../../../../utils/formats/export/docx.ts';
import type { SubmissionItem } from '../../../../utils/formats/submission.ts';
import { buildSubmission } from '../../../../utils/formats/submission-build.ts';
import { cellRuns, documentXml, tableRows } from './docx-xml.ts';
import { FIXTURE_ORDER, fixtureInput } from './fixture.ts';

const submission = buildSubmission(fixtureInput());
const docx = await submissionToDocx(submission);
const xml = documentXml(docx);
const rows = tableRows(xml);
const rowOf = (provision: string) => rows.findIndex((row) => row[0] === provision);

describe('submissionToDocx', () => {
  it('is a zip package (PK signature)', () => {
    expect([...docx.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('opens with the cover block and general comments', () => {
    const beforeTable = xml.slice(0, xml.indexOf('<w:tbl>'));
    for (const text of [
      'Access to Justice Network (A2JN)',
      'A/RES/55/25 (en)',
      '2024-02-15',
      'Our comments follow',
    ]) {
      expect(beforeTable).toContain(text);
    }
  });

  it('lays out the comment matrix: a header row, then one row per comment in provision order', () => {
    expect(rows[0]).toEqual(MATRIX_HEADERS.map((key) => en[key]));
    expect(xml).toContain('<w:tblHeader/>');
    expect(rows.slice(1).map((row) => row[0])).toEqual(FIXTURE_ORDER);
  });

  it('puts the quote in the draft text column', () => {
    expect(rows[rowOf('Art. 2(b)')]?.[1]).toBe('at least four years');
  });

  it('strikes deleted words and underlines inserted ones in a replacement', () => {
    const runs = cellRuns(xml, rowOf('Art. 2(b)'), 2);
    expect(runs).toEqual([
      { text: 'at least ', struck: false, underlined: false },
      { text: 'four', struck: true, underlined: false },
      { text: 'five', struck: false, underlined: true },
      { text: ' years', struck: false, underlined: false },
    ]);
  });

  it('strikes the whole quote for a deletion and underlines an insertion after the quote', () => {
    const deletion = cellRuns(xml, rowOf('Art. 5(1)(a)(i)'), 2);
    expect(deletion.every((run) => run.struck)).toBe(true);
    expect(deletion.map((run) => run.text).join('')).toMatch(
      /^and, where required by domestic law/,
    );
    const insertion = cellRuns(xml, rowOf('Art. 24(1)'), 2);
    expect(insertion.filter((run) => run.underlined).map((run) => run.text)).toEqual([
      'and for human rights defenders and journalists who report on organized crime',
    ]);
    expect(insertion.some((run) => run.struck)).toBe(false);
  });

  it('leaves the amendment cell empty when there is no proposal', () => {
    expect(rows[rowOf('Art. 1')]?.[2]).toBe('');
  });

  it('gathers comment, rationale and details in the last column, line breaks kept', () => {
    const cell = rows[rowOf('Art. 16(1)')]?.[3] ?? '';
    expect(cell).toContain('It must stay, because:\n- it protects political dissent;');
    expect(cell).toContain('Rationale');
    expect(cell).toContain('Stance: Support');
  });

  it('writes a script in a comment as literal text', () => {
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
    expect(rows[rowOf('Art. 20(1)')]?.[3]).toContain('<script>alert(1)</script> Surveillance');
  });

  it('lays Arabic paragraphs out right to left and keeps Chinese as written', () => {
    expect(rows[rowOf('Art. 10(1)')]?.[3]).toContain('ينبغي توضيح نطاق مسؤولية');
    const arabicCell = xml.slice(xml.indexOf('ينبغي') - 300, xml.indexOf('ينبغي'));
    expect(arabicCell).toContain('<w:bidi/>');
    expect(rows[rowOf('Art. 12(1)')]?.[3]).toContain('建议明确“没收”的范围');
  });

  it('drops characters XML forbids instead of writing a file Word refuses', async () => {
    const forbidden = [0x1, 0xb, 0xffff, 0xd800].map((code) => String.fromCharCode(code));
    const item = {
      ...(submission.items[0] as SubmissionItem),
      comment: `bad${forbidden.join('')} end🙂`,
    };
    const text = documentXml(await submissionToDocx({ ...submission, items: [item] }));
    expect(text).toContain('bad end🙂');
    expect(forbidden.some((char) => text.includes(char))).toBe(false);
  });
});
