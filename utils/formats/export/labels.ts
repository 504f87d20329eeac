import { languageFromCode } from '../../un/languages.ts';
import { provisionLabel } from '../../un/provision-label.ts';
import type { Submission, SubmissionItem } from '../submission.ts';

export interface Labelled {
  label: string;
  value: string;
}

export function coverTitle(submission: Submission): string {
  const { symbol, title } = submission.document;
  return `Comments on ${[symbol, title].filter(Boolean).join(': ') || 'the draft'}`;
}

/** The cover block every human-readable format opens with; blank profile fields are left out. */
export function coverLines(submission: Submission): Labelled[] {
  const { organisation: org, document: doc } = submission;
  const lines: Array<[string, string]> = [
    ['Organisation', [org.name, org.acronym && `(${org.acronym})`].filter(Boolean).join(' ')],
    ['Country', org.country],
    [
      'Contact',
      [org.contactName, org.contactEmail && `<${org.contactEmail}>`].filter(Boolean).join(' '),
    ],
    ['Accreditation', org.accreditation],
    // A page without a symbol is named by its address; a bare "(en)" names nothing.
    [
      'Document',
      [doc.symbol ?? doc.url, doc.symbol || doc.url ? doc.language && `(${doc.language})` : '']
        .filter(Boolean)
        .join(' '),
    ],
    ['Title', doc.title ?? ''],
    ['Revision', doc.revision ?? ''],
    ['Text version', doc.version ?? ''],
    ['Date', submission.date],
  ];
  return lines.filter(([, value]) => value !== '').map(([label, value]) => ({ label, value }));
}

/** The facts under a comment: stance, priority, tags, author, and the revisions it concerns. */
export function itemDetails(item: SubmissionItem): Labelled[] {
  const author = [item.author?.name, item.author?.organisation && `(${item.author.organisation})`]
    .filter(Boolean)
    .join(' ');
  const lines: Array<[string, string]> = [
    ['Stance', item.stance ?? ''],
    ['Priority', item.priority ?? ''],
    ['Tags', item.tags.join(', ')],
    ['Author', author],
    // Only a comment carried over from an earlier revision needs its revisions named.
    ...(item.writtenOn !== item.targets
      ? ([
          ['Written on', item.writtenOn ?? ''],
          ['Targets now', item.targets ?? ''],
        ] as Array<[string, string]>)
      : []),
  ];
  return lines.filter(([, value]) => value !== '').map(([label, value]) => ({ label, value }));
}

/** A provision as the UN cites it in the language of the document commented on. */
export function provisionCited(submission: Submission, provision: string): string {
  return provisionLabel(provision, languageFromCode(submission.document.language ?? '') ?? 'en');
}
