import { z } from 'zod';
import { passageSelectorsSchema } from '../anchoring/selectors.ts';
import { LIMITS } from './limits.ts';

/** ISO 8601 instants: they sort as strings, which is what the updatedAt index relies on. */
export const Timestamp = z.iso.datetime();

const ShortText = z.string().max(LIMITS.shortText);
const LongText = z.string().max(LIMITS.longText);

export const Stance = z.enum(['support', 'oppose', 'amend', 'question']);
export const Priority = z.enum(['high', 'medium', 'low']);

/** What the commenter wants done to the quoted text. */
export const Proposal = z.strictObject({
  kind: z.enum(['replace', 'insert', 'delete']),
  text: LongText,
});

export const Author = z.strictObject({
  id: ShortText.min(1),
  name: ShortText,
  organisation: ShortText.optional(),
});

/**
 * Where the passage was, kept in several forms so it can be found again after edits: quote with
 * context, position, structural address, and the fingerprint of the text it was made on.
 */
export const AnnotationTarget = passageSelectorsSchema;

export const CarriedFrom = z.strictObject({
  annotationId: ShortText.min(1),
  documentKey: ShortText.min(1),
  /** The earlier revision's symbol (`A/AC.291/22`), when it has one. */
  symbol: ShortText.optional(),
  provision: ShortText,
});

/** A link another tool's annotation gave as a body (a web page, a document): kept, never fetched. */
export const Link = z
  .string()
  .max(LIMITS.url)
  .regex(/^(https?|urn|doi|mailto):/i, 'expected a web, urn, doi or mailto link');

/** An answer to a comment, kept under it (Hypothesis and W3C `replying` annotations). */
export const Reply = z.strictObject({
  id: ShortText.min(1),
  text: LongText,
  author: Author.optional(),
  createdAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
  /** Only its author may see it: never leaves in a shared set or submission unless chosen. */
  private: z.literal(true).optional(),
});

export const Annotation = z.strictObject({
  id: ShortText.min(1),
  setId: ShortText.min(1),
  documentKey: ShortText.min(1),
  target: AnnotationTarget,
  /** Human address of the provision, such as `Art. 7(1)(b)`; empty when the page has no outline. */
  provision: ShortText,
  comment: LongText,
  proposal: Proposal.optional(),
  rationale: LongText,
  tags: z.array(ShortText).max(LIMITS.tags),
  stance: Stance.optional(),
  priority: Priority.optional(),
  /** Absent when the file it came from does not say who wrote it. */
  author: Author.optional(),
  /** Absent when the file it came from does not say; an undated version never beats a dated one. */
  createdAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
  /** Only its author may see it: never leaves in a shared set or submission unless chosen. */
  private: z.literal(true).optional(),
  /** Links the comment refers to (another tool's link bodies). */
  links: z.array(Link).max(LIMITS.links).optional(),
  replies: z.array(Reply).max(LIMITS.replies).optional(),
  /** A tombstone: deletions travel between colleagues like edits do. */
  deleted: z.boolean().optional(),
  /** Set on a comment carried over from an earlier revision; the original stays there. */
  carriedFrom: CarriedFrom.optional(),
});

export type Stance = z.infer<typeof Stance>;
export type Priority = z.infer<typeof Priority>;
export type Proposal = z.infer<typeof Proposal>;
export type Author = z.infer<typeof Author>;
export type AnnotationTarget = z.infer<typeof AnnotationTarget>;
export type CarriedFrom = z.infer<typeof CarriedFrom>;
export type Annotation = z.infer<typeof Annotation>;
export type Reply = z.infer<typeof Reply>;

/** Comments whose file named no author are grouped (and filtered) under this id. */
export const UNKNOWN_AUTHOR_ID = '';

export function authorIdOf(annotation: Pick<Annotation, 'author'>): string {
  return annotation.author?.id ?? UNKNOWN_AUTHOR_ID;
}
