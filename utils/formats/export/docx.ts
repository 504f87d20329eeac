import {
  Document,
  HeadingLevel,
  type IParagraphOptions,
  type IRunOptions,
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
import type { MessageKey } from '../../../locales/en.ts';
import type { UnLanguage } from '../../un/languages.ts';
import type { Submission, SubmissionItem } from '../submission.ts';
import { amendmentParts } from './amendment.ts';
import { paragraphOf, rtlStyle, textParagraphs, textRuns, xmlSafe } from './docx-text.ts';
import {
  coverLines,
  coverTitle,
  itemDetails,
  type SubmissionWords,
  submissionWords,
} from './labels.ts';
import type { DiffPart } from './word-diff.ts';

export const MATRIX_HEADERS = [
  'submission.provision',
  'submission.draftText',
  'submission.amendment',
  'submission.commentAndRationale',
] as const satisfies MessageKey[];

/**
 * Fonts by script, so Word and LibreOffice pick glyphs for every UN language even where the
 * Latin font has none: Arabic is complex script (`cs`), Chinese East Asian.
 */
const FONTS = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Arial', eastAsia: 'SimSun' };

/** Landscape A4 less 2 cm margins, in twips, shared out so the texts get the room. */
const COLUMN_WIDTHS = [1800, 4100, 4100, 4400];
const TABLE_WIDTH = COLUMN_WIDTHS.reduce((sum, width) => sum + width, 0);
const MARGIN = 1134;

/**
 * The Word comment matrix delegations and secretariats expect: a cover block, general
 * comments, then one table row per comment, the amendment with deletions struck through and
 * insertions underlined.
 */
export async function submissionToDocx(
  submission: Submission,
  language?: UnLanguage,
): Promise<Uint8Array> {
  const words = submissionWords(submission, language);
  const document = new Document({
    creator: xmlSafe(submission.organisation.name || 'Redline'),
    title: xmlSafe(coverTitle(submission, words)),
    description: words.text('submission.description'),
    styles: {
      default: {
        document: {
          run: { font: FONTS, language: { value: words.language, bidirectional: 'ar' } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          ...cover(submission, words),
          ...generalComments(submission, words),
          matrix(submission.items, words),
        ],
      },
    ],
  });
  // toArrayBuffer runs in the browser and in Node alike; toBuffer is Node-only.
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** A paragraph of the document's own words, right to left in an Arabic submission. */
function uiParagraph(words: SubmissionWords, options: IParagraphOptions): Paragraph {
  return new Paragraph({ ...options, ...(words.rightToLeft && { bidirectional: true }) });
}

function uiRun(words: SubmissionWords, options: IRunOptions): TextRun {
  return new TextRun({ ...options, ...(words.rightToLeft && { rightToLeft: true }) });
}

function cover(submission: Submission, words: SubmissionWords): Paragraph[] {
  return [
    uiParagraph(words, {
      heading: HeadingLevel.TITLE,
      children: textRuns(coverTitle(submission, words), { rightToLeft: words.rightToLeft }),
    }),
    ...coverLines(submission, words).map(({ label, value }) =>
      uiParagraph(words, {
        children: [uiRun(words, { text: `${label}: `, bold: true }), ...textRuns(value)],
      }),
    ),
    uiParagraph(words, {
      spacing: { before: 240 },
      children: words.rich('submission.legend').map(({ text, tag }) =>
        uiRun(words, {
          text,
          ...(tag === 'del' && { strike: true }),
          ...(tag === 'ins' && { underline: { type: UnderlineType.SINGLE } }),
        }),
      ),
    }),
  ];
}

function heading(words: SubmissionWords, key: MessageKey): Paragraph {
  return uiParagraph(words, {
    heading: HeadingLevel.HEADING_1,
    children: [uiRun(words, { text: words.text(key) })],
  });
}

function generalComments(submission: Submission, words: SubmissionWords): Paragraph[] {
  if (submission.generalComments.length === 0) return [];
  return [
    heading(words, 'submission.generalComments'),
    ...submission.generalComments.flatMap((paragraph) => textParagraphs(paragraph)),
    heading(words, 'submission.byProvision'),
  ];
}

/** An Arabic submission's matrix reads from the right: provision in the rightmost column. */
function matrix(items: SubmissionItem[], words: SubmissionWords): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: MATRIX_HEADERS.map((key, index) =>
      cell(
        [uiParagraph(words, { children: [uiRun(words, { text: words.text(key), bold: true })] })],
        index,
        true,
      ),
    ),
  });
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    ...(words.rightToLeft && { visuallyRightToLeft: true }),
    rows: [header, ...items.map((item) => itemRow(item, words))],
  });
}

function itemRow(item: SubmissionItem, words: SubmissionWords): TableRow {
  const provision = words.provision(item.provision);
  const columns = [
    [paragraphOf(provision, textRuns(provision, rtlStyle(provision, { bold: true })))],
    textParagraphs(item.quote),
    item.proposal ? [amendmentParagraph(amendmentParts(item.quote, item.proposal))] : [],
    commentParagraphs(item, words),
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

function commentParagraphs(item: SubmissionItem, words: SubmissionWords): Paragraph[] {
  const paragraphs = textParagraphs(item.comment);
  if (item.rationale.trim()) {
    paragraphs.push(
      uiParagraph(words, {
        spacing: { before: 120 },
        children: [uiRun(words, { text: words.text('submission.rationale'), bold: true })],
      }),
      ...textParagraphs(item.rationale),
    );
  }
  const details = itemDetails(item, words);
  if (details.length > 0) {
    paragraphs.push(
      uiParagraph(words, {
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
