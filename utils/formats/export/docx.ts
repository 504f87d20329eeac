import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import type { Submission, SubmissionItem } from '../submission.ts';
import { amendmentParts } from './amendment.ts';
import { textParagraphs, textRuns, xmlSafe } from './docx-text.ts';
import { coverLines, coverTitle, itemDetails, provisionCited } from './labels.ts';
import type { DiffPart } from './word-diff.ts';

export const MATRIX_HEADERS = [
  'Provision',
  'Draft text',
  'Proposed amendment',
  'Comment and rationale',
] as const;

/** Landscape A4 less 2 cm margins, in twips, shared out so the texts get the room. */
const COLUMN_WIDTHS = [1800, 4100, 4100, 4400];
const TABLE_WIDTH = COLUMN_WIDTHS.reduce((sum, width) => sum + width, 0);
const MARGIN = 1134;

/**
 * The Word comment matrix delegations and secretariats expect: a cover block, general
 * comments, then one table row per comment, the amendment with deletions struck through and
 * insertions underlined.
 */
export async function submissionToDocx(submission: Submission): Promise<Uint8Array> {
  const document = new Document({
    creator: xmlSafe(submission.organisation.name || 'Redline'),
    title: xmlSafe(coverTitle(submission)),
    description: 'Comment matrix exported by Redline',
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [...cover(submission), ...generalComments(submission), matrix(submission)],
      },
    ],
  });
  // toArrayBuffer runs in the browser and in Node alike; toBuffer is Node-only.
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function cover(submission: Submission): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(coverTitle(submission)) }),
    ...coverLines(submission).map(
      ({ label, value }) =>
        new Paragraph({
          children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)],
        }),
    ),
    new Paragraph({
      spacing: { before: 240 },
      children: [
        new TextRun('Deleted words are '),
        new TextRun({ text: 'struck through', strike: true }),
        new TextRun(', inserted words '),
        new TextRun({ text: 'underlined', underline: { type: UnderlineType.SINGLE } }),
        new TextRun('.'),
      ],
    }),
  ];
}

function generalComments(submission: Submission): Paragraph[] {
  if (submission.generalComments.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'General comments' }),
    ...submission.generalComments.flatMap((paragraph) => textParagraphs(paragraph)),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Comments by provision' }),
  ];
}

function matrix(submission: Submission): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: MATRIX_HEADERS.map((title, index) =>
      cell([new Paragraph({ children: [new TextRun({ text: title, bold: true })] })], index, true),
    ),
  });
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    rows: [
      header,
      ...submission.items.map((item) => itemRow(item, provisionCited(submission, item.provision))),
    ],
  });
}

function itemRow(item: SubmissionItem, provision: string): TableRow {
  const columns = [
    [new Paragraph({ children: textRuns(provision, { bold: true }) })],
    textParagraphs(item.quote),
    item.proposal ? [amendmentParagraph(amendmentParts(item.quote, item.proposal))] : [],
    commentParagraphs(item),
  ];
  return new TableRow({ children: columns.map((paragraphs, index) => cell(paragraphs, index)) });
}

function amendmentParagraph(parts: DiffPart[]): Paragraph {
  return new Paragraph({
    children: parts.flatMap((part) =>
      textRuns(part.text, {
        ...(part.op === 'delete' && { strike: true }),
        ...(part.op === 'insert' && { underline: { type: UnderlineType.SINGLE } }),
      }),
    ),
  });
}

function commentParagraphs(item: SubmissionItem): Paragraph[] {
  const paragraphs = textParagraphs(item.comment);
  if (item.rationale.trim()) {
    paragraphs.push(
      new Paragraph({
        spacing: { before: 120 },
        children: [new TextRun({ text: 'Rationale', bold: true })],
      }),
      ...textParagraphs(item.rationale),
    );
  }
  const details = itemDetails(item);
  if (details.length > 0) {
    paragraphs.push(
      new Paragraph({
        spacing: { before: 120 },
        children: textRuns(details.map(({ label, value }) => `${label}: ${value}`).join(' · '), {
          italics: true,
          size: 18,
        }),
      }),
    );
  }
  return paragraphs;
}

/** A table cell must hold a paragraph, even when the comment has nothing for it. */
function cell(paragraphs: Paragraph[], column: number, header = false): TableCell {
  return new TableCell({
    width: { size: COLUMN_WIDTHS[column] as number, type: WidthType.DXA },
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph('')],
    ...(header && { shading: { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } }),
  });
}
