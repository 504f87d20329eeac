import { type Annotation, authorIdOf, type Stance } from './annotation.ts';
import type { SetFileSet } from './merge.ts';
import { shareable } from './privacy.ts';
import type { Profile } from './profile.ts';
import type { SetFileDocument } from './set-file.ts';
import {
  SUBMISSION_FORMAT,
  SUBMISSION_VERSION,
  type Submission,
  type SubmissionDocument,
  type SubmissionItem,
} from './submission.ts';
import { orderAnnotations, provisionOf } from './submission-order.ts';

/** Which annotations go into a submission. An absent or empty list does not narrow. */
export interface SubmissionFilter {
  setIds?: readonly string[];
  authorIds?: readonly string[];
  /** Keeps an annotation carrying any of these tags. */
  tags?: readonly string[];
  stances?: readonly Stance[];
  /** Private comments stay out unless the user includes them on purpose. */
  includePrivate?: boolean;
}

export type SubmissionProfile = Pick<
  Profile,
  'organisation' | 'acronym' | 'country' | 'contactName' | 'contactEmail' | 'accreditation'
>;

/** A document as a set file or the database describes it. */
export type SubmissionSource = Pick<
  SetFileDocument,
  'key' | 'symbol' | 'language' | 'title' | 'url'
> & {
  versions?: readonly string[];
};

export interface SubmissionInput {
  profile: SubmissionProfile;
  document: SubmissionSource;
  /** May hold other documents' annotations and tombstones: both are left out. */
  annotations: readonly Annotation[];
  generalComments?: readonly string[];
  filter?: SubmissionFilter;
  /** The sets the annotations belong to: the W3C export describes them for a lossless re-import. */
  sets?: readonly SetFileSet[];
  /** `YYYY-MM-DD`; today (UTC) when absent. */
  date?: string;
}

/** The live annotations of the document that pass the filter, in document order. */
export function selectAnnotations(input: SubmissionInput): Annotation[] {
  const filter = input.filter ?? {};
  const kept = shareable(input.annotations, filter.includePrivate === true).filter(
    (annotation) =>
      annotation.documentKey === input.document.key &&
      !annotation.deleted &&
      allows(filter.setIds, [annotation.setId]) &&
      allows(filter.authorIds, [authorIdOf(annotation)]) &&
      allows(filter.tags, annotation.tags) &&
      allows(filter.stances, annotation.stance ? [annotation.stance] : []),
  );
  return orderAnnotations(kept);
}

export function buildSubmission(input: SubmissionInput): Submission {
  const annotations = selectAnnotations(input);
  const { profile } = input;
  const document = describeDocument(input.document, annotations);
  return {
    format: SUBMISSION_FORMAT,
    version: SUBMISSION_VERSION,
    date: input.date ?? new Date().toISOString().slice(0, 10),
    organisation: {
      name: profile.organisation,
      acronym: profile.acronym,
      country: profile.country,
      contactName: profile.contactName,
      contactEmail: profile.contactEmail,
      accreditation: profile.accreditation,
    },
    document,
    generalComments: (input.generalComments ?? []).filter((paragraph) => paragraph.trim() !== ''),
    items: annotations.map((annotation) => toItem(annotation, document)),
  };
}

function allows<T>(wanted: readonly T[] | undefined, values: readonly T[]): boolean {
  return !wanted?.length || values.some((value) => wanted.includes(value));
}

function describeDocument(source: SubmissionSource, annotations: Annotation[]): SubmissionDocument {
  const revision = source.symbol?.match(/\/(Rev\.\d+)(?:\/|$)/i)?.[1];
  const newestAnnotated = [...annotations].sort((a, b) =>
    (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''),
  )[0];
  const version = source.versions?.at(-1) ?? newestAnnotated?.target.documentVersion;
  return {
    key: source.key,
    ...(source.symbol && { symbol: source.symbol }),
    ...(source.language && { language: source.language }),
    ...(source.title && { title: source.title }),
    ...(source.url && { url: source.url }),
    ...(revision && { revision }),
    ...(version && { version }),
  };
}

/**
 * Which revision a comment was written on, and which one it targets now: the same document
 * unless the comment was carried over from an earlier revision.
 */
function revisionsOf(annotation: Annotation, document: SubmissionDocument) {
  const now = document.symbol ?? document.version;
  const carried = annotation.carriedFrom;
  const writtenOn = carried ? (carried.symbol ?? carried.documentKey) : now;
  return { ...(writtenOn && { writtenOn }), ...(now && { targets: now }) };
}

function toItem(annotation: Annotation, document: SubmissionDocument): SubmissionItem {
  return {
    id: annotation.id,
    setId: annotation.setId,
    provision: provisionOf(annotation),
    quote: annotation.target.quote.exact,
    comment: annotation.comment,
    ...(annotation.proposal && { proposal: annotation.proposal }),
    rationale: annotation.rationale,
    ...(annotation.priority && { priority: annotation.priority }),
    ...(annotation.stance && { stance: annotation.stance }),
    tags: annotation.tags,
    ...(annotation.author && { author: annotation.author }),
    ...(annotation.createdAt && { createdAt: annotation.createdAt }),
    ...(annotation.updatedAt && { updatedAt: annotation.updatedAt }),
    ...revisionsOf(annotation, document),
  };
}
