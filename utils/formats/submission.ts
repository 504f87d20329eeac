import { z } from 'zod';
import { Author, Priority, Proposal, Stance, Timestamp } from './annotation.ts';
import { LIMITS } from './limits.ts';

export const SUBMISSION_FORMAT = 'redline.submission';
export const SUBMISSION_VERSION = 1;

const ShortText = z.string().max(LIMITS.shortText);
const LongText = z.string().max(LIMITS.longText);

/** Who submits: taken from the organisation profile. Empty strings where the profile is blank. */
export const SubmissionOrganisation = z.strictObject({
  name: ShortText,
  acronym: ShortText,
  country: ShortText,
  contactName: ShortText,
  contactEmail: ShortText,
  accreditation: ShortText,
});

/** The draft commented on. The symbol carries the revision (`A/AC.291/22/Rev.1`). */
export const SubmissionDocument = z.strictObject({
  key: z.string().min(1).max(LIMITS.url),
  symbol: ShortText.optional(),
  language: z.string().max(16).optional(),
  title: ShortText.optional(),
  url: z.string().max(LIMITS.url).optional(),
  /** `Rev.1` when the symbol names a revision. */
  revision: ShortText.optional(),
  /** Fingerprint of the newest text version the comments were made on. */
  version: ShortText.optional(),
});

/** One comment on one passage, addressed by provision. */
export const SubmissionItem = z.strictObject({
  id: ShortText.min(1),
  setId: ShortText.min(1),
  /** `Art. 7(1)(b)`; `General` when the passage had no outline address. */
  provision: ShortText.min(1),
  quote: z.string().max(LIMITS.quote),
  comment: LongText,
  proposal: Proposal.optional(),
  rationale: LongText,
  priority: Priority.optional(),
  stance: Stance.optional(),
  tags: z.array(ShortText).max(LIMITS.tags),
  author: Author.optional(),
  createdAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
  /** The revision the comment was written on (symbol or version fingerprint). */
  writtenOn: ShortText.optional(),
  /** The revision the comment's passage is found in now, after re-anchoring. */
  targets: ShortText.optional(),
});

export const Submission = z
  .object({
    format: z.literal(SUBMISSION_FORMAT),
    version: z.literal(SUBMISSION_VERSION),
    /** The day the submission was compiled, `YYYY-MM-DD`. */
    date: z.iso.date(),
    organisation: SubmissionOrganisation,
    document: SubmissionDocument,
    /** Paragraphs that concern the draft as a whole, before the article-by-article items. */
    generalComments: z.array(LongText).max(1_000),
    /** In document order: see `orderAnnotations`. */
    items: z.array(SubmissionItem).max(200_000),
  })
  .meta({
    title: 'Redline submission',
    description:
      'Comments of one organisation on one UN draft, ordered by provision, as exported by Redline.',
  });

export type SubmissionOrganisation = z.infer<typeof SubmissionOrganisation>;
export type SubmissionDocument = z.infer<typeof SubmissionDocument>;
export type SubmissionItem = z.infer<typeof SubmissionItem>;
export type Submission = z.infer<typeof Submission>;
