import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  submissionToCsv,
  TAG_SEPARATOR,
} from '../../../../utils/formats/export/csv.ts';
import type { SubmissionItem } from '../../../../utils/formats/submission.ts';
import { buildSubmission } from '../../../../utils/formats/submission-build.ts';
import { fixtureInput } from './fixture.ts';

const submission = buildSubmission(fixtureInput());
const csv = submissionToCsv(submission);

function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('submissionToCsv', () => {
  it('starts with a byte-order mark so spreadsheets read UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('ends every row with CRLF', () => {
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(submission.items.length + 1);
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
  });

  it('has a header and one row per comment, in provision order', () => {
    const [header, ...rows] = parse(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((row) => row[0])).toEqual(submission.items.map((item) => item.provision));
  });

  it('round-trips every field exactly: commas, quotes, line breaks, Arabic, Chinese, markup', () => {
    const rows = parse(csv).slice(1);
    submission.items.forEach((item, index) => {
      const row = Object.fromEntries(CSV_COLUMNS.map((column, at) => [column, rows[index]?.[at]]));
      expect(row).toEqual({
        provision: item.provision,
        quote: item.quote,
        comment: item.comment,
        'proposal kind': item.proposal?.kind ?? '',
        'proposal text': item.proposal?.text ?? '',
        rationale: item.rationale,
        stance: item.stance ?? '',
        priority: item.priority ?? '',
        tags: item.tags.join(TAG_SEPARATOR),
        author: item.author?.name,
        organisation: item.author?.organisation,
        created: item.createdAt,
        updated: item.updatedAt,
        'document symbol': 'A/RES/55/25',
        'written on': item.writtenOn,
        targets: 'A/RES/55/25',
        id: item.id,
      });
    });
    const comments = rows.map((row) => row[2]);
    expect(comments).toContain(
      'ينبغي توضيح نطاق مسؤولية الأشخاص الاعتباريين، بما في ذلك المنظمات غير الربحية.',
    );
    expect(comments).toContain('建议明确“没收”的范围，以保护善意第三方的权利。');
    expect(
      comments.some(
        (comment) => comment?.includes('"three or more persons",') && comment.includes('\n'),
      ),
    ).toBe(true);
  });

  it('quotes only the fields that need it, doubling inner quotes', () => {
    expect(csv).toContain('"Raises the bar for ""serious crime""."');
    expect(csv).toContain('\r\nArt. 1,to promote cooperation');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const item = submission.items[0] as SubmissionItem;
    const hostile = ['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)', '\tTAB'];
    const items = hostile.map((comment) => ({ ...item, comment }));
    const rows = parse(submissionToCsv({ ...submission, items })).slice(1);
    expect(rows.map((row) => row[2])).toEqual(hostile.map((comment) => `'${comment}`));
  });

  it('writes just the header when nothing is selected', () => {
    expect(parse(submissionToCsv({ ...submission, items: [] }))).toEqual([[...CSV_COLUMNS]]);
  });
});
