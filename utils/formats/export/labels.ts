import type { MessageKey } from '../../../locales/en.ts';
import { type Translator, translator } from '../../i18n/translate.ts';
import { labelLanguage, type UnLanguage } from '../../un/languages.ts';
import { provisionLabel } from '../../un/provision-label.ts';
import type { Submission, SubmissionItem } from '../submission.ts';

export interface Labelled {
  label: string;
  value: string;
}

/** The words of a submission in its language: headings, labels, and provisions in full form. */
export interface SubmissionWords {
  language: UnLanguage;
  rightToLeft: boolean;
  text: Translator['text'];
  rich: Translator['rich'];
  provision(address: string): string;
}

/** A submission speaks the language asked for, or else the draft's own (English when unknown). */
export function submissionWords(submission: Submission, language?: UnLanguage): SubmissionWords {
  const chosen = language ?? labelLanguage(submission.document.language);
  const words = translator(chosen);
  return {
    language: chosen,
    rightToLeft: words.dir === 'rtl',
    text: words.text,
    rich: words.rich,
    provision: (address) => provisionLabel(address, chosen, 'full'),
  };
}

export function coverTitle(submission: Submission, words: SubmissionWords): string {
  const { symbol, title } = submission.document;
  const document = [symbol, title].filter(Boolean).join(': ');
  return words.text('submission.title', {
    document: document || words.text('submission.theDraft'),
  });
}

/** The cover block every human-readable format opens with; blank profile fields are left out. */
export function coverLines(submission: Submission, words: SubmissionWords): Labelled[] {
  const { organisation: org, document: doc } = submission;
  const lines: Array<[MessageKey, string]> = [
    [
      'submission.organisation',
      [org.name, org.acronym && `(${org.acronym})`].filter(Boolean).join(' '),
    ],
    ['submission.country', org.country],
    [
      'submission.contact',
      [org.contactName, org.contactEmail && `<${org.contactEmail}>`].filter(Boolean).join(' '),
    ],
    ['submission.accreditation', org.accreditation],
    // A page without a symbol is named by its address; a bare "(en)" names nothing.
    [
      'submission.document',
      [doc.symbol ?? doc.url, doc.symbol || doc.url ? doc.language && `(${doc.language})` : '']
        .filter(Boolean)
        .join(' '),
    ],
    ['submission.documentTitle', doc.title ?? ''],
    ['submission.revision', doc.revision ?? ''],
    ['submission.version', doc.version ?? ''],
    ['submission.date', submission.date],
  ];
  return labelled(lines, words);
}

/** The facts under a comment: stance, priority, tags, author, and the revisions it concerns. */
export function itemDetails(item: SubmissionItem, words: SubmissionWords): Labelled[] {
  const author = [item.author?.name, item.author?.organisation && `(${item.author.organisation})`]
    .filter(Boolean)
    .join(' ');
  const lines: Array<[MessageKey, string]> = [
    ['submission.stance', item.stance ? words.text(`stance.${item.stance}`) : ''],
    ['submission.priority', item.priority ? words.text(`priority.${item.priority}`) : ''],
    ['submission.tags', item.tags.join(', ')],
    ['submission.author', author],
    // Only a comment carried over from an earlier revision needs its revisions named.
    ...(item.writtenOn !== item.targets
      ? ([
          ['submission.writtenOn', item.writtenOn ?? ''],
          ['submission.targetsNow', item.targets ?? ''],
        ] as Array<[MessageKey, string]>)
      : []),
  ];
  return labelled(lines, words);
}

function labelled(lines: Array<[MessageKey, string]>, words: SubmissionWords): Labelled[] {
  return lines
    .filter(([, value]) => value !== '')
    .map(([key, value]) => ({ label: words.text(key), value }));
}
