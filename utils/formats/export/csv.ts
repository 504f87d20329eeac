import type { MessageKey } from '../../../locales/en.ts';
import type { UnLanguage } from '../../un/languages.ts';
import type { Submission, SubmissionItem } from '../submission.ts';
import { submissionWords } from './labels.ts';

/** Excel reads UTF-8 as UTF-8 only when the file starts with a byte-order mark. */
const BOM = '\uFEFF';
const ROW_END = '\r\n';

/** The columns, as headed in English; other languages head them in their own words. */
export const CSV_COLUMNS = [
  'provision',
  'quote',
  'comment',
  'proposal kind',
  'proposal text',
  'rationale',
  'stance',
  'priority',
  'tags',
  'author',
  'organisation',
  'created',
  'updated',
  'document symbol',
  'written on',
  'targets',
  'id',
] as const;

const COLUMN_KEYS: Record<(typeof CSV_COLUMNS)[number], MessageKey> = {
  provision: 'csv.provision',
  quote: 'csv.quote',
  comment: 'csv.comment',
  'proposal kind': 'csv.proposalKind',
  'proposal text': 'csv.proposalText',
  rationale: 'csv.rationale',
  stance: 'csv.stance',
  priority: 'csv.priority',
  tags: 'csv.tags',
  author: 'csv.author',
  organisation: 'csv.organisation',
  created: 'csv.created',
  updated: 'csv.updated',
  'document symbol': 'csv.documentSymbol',
  'written on': 'csv.writtenOn',
  targets: 'csv.targets',
  id: 'csv.id',
};

export const TAG_SEPARATOR = '; ';

/**
 * One row per comment, RFC 4180: CRLF between rows, fields quoted when they hold a comma,
 * quote or line break, quotes doubled. A cell a spreadsheet would run as a formula (starting
 * with = + - @, tab or CR) gets a leading apostrophe, which spreadsheets hide and treat as
 * "this is text": the one place the file differs from the comment as written.
 */
export function submissionToCsv(submission: Submission, language?: UnLanguage): string {
  const words = submissionWords(submission, language);
  const header = CSV_COLUMNS.map((column) => words.text(COLUMN_KEYS[column]));
  const rows = [header, ...submission.items.map((item) => csvRow(item, submission, words))];
  return BOM + rows.map((row) => row.map(field).join(',')).join(ROW_END) + ROW_END;
}

/**
 * The cells of one comment, in `CSV_COLUMNS` order, before quoting. Stance, priority and
 * proposal kind stay codes (`amend`, `high`, `replace`), which filter alike in every language.
 */
export function csvRow(
  item: SubmissionItem,
  submission: Submission,
  words = submissionWords(submission),
): string[] {
  return [
    words.provision(item.provision),
    item.quote,
    item.comment,
    item.proposal?.kind ?? '',
    item.proposal?.text ?? '',
    item.rationale,
    item.stance ?? '',
    item.priority ?? '',
    item.tags.join(TAG_SEPARATOR),
    item.author?.name ?? '',
    item.author?.organisation ?? submission.organisation.name,
    item.createdAt ?? '',
    item.updatedAt ?? '',
    submission.document.symbol ?? '',
    item.writtenOn ?? '',
    item.targets ?? '',
    item.id,
  ];
}

function field(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}
