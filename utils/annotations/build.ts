import type { Annotation, Author } from '../formats/annotation.ts';
import type { CommentDraft } from '../formats/comment-draft.ts';

export type CommentFields = CommentDraft['fields'];

export const EMPTY_FIELDS: CommentFields = { comment: '', rationale: '', tags: [] };

/** A new annotation, or the next version of an existing one, from what the editor holds. */
export function buildAnnotation(input: {
  id: string;
  setId: string;
  documentKey: string;
  target: Annotation['target'];
  provision: string;
  fields: CommentFields;
  author: Author;
  now: Date;
  previous?: Annotation;
}): Annotation {
  const { previous, fields, now } = input;
  const annotation: Annotation = {
    id: input.id,
    setId: input.setId,
    documentKey: input.documentKey,
    target: input.target,
    provision: input.provision,
    comment: fields.comment,
    rationale: fields.rationale,
    tags: normaliseTags(fields.tags),
    author: previous?.author ?? input.author,
    createdAt: previous?.createdAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
  };
  if (fields.proposal && (fields.proposal.text.trim() || fields.proposal.kind === 'delete')) {
    annotation.proposal = fields.proposal;
  }
  if (fields.stance) annotation.stance = fields.stance;
  if (fields.priority) annotation.priority = fields.priority;
  if (fields.private) annotation.private = true;
  return annotation;
}

export function fieldsOf(annotation: Annotation): CommentFields {
  return {
    comment: annotation.comment,
    rationale: annotation.rationale,
    tags: annotation.tags,
    ...(annotation.proposal ? { proposal: annotation.proposal } : {}),
    ...(annotation.stance ? { stance: annotation.stance } : {}),
    ...(annotation.priority ? { priority: annotation.priority } : {}),
    ...(annotation.private ? { private: true as const } : {}),
  };
}

/** Tags as typed ("privacy, Human rights ,privacy") become a clean, unique list. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags.flatMap((t) => t.split(','))) {
    const clean = tag.trim().replace(/\s+/g, ' ');
    if (clean) seen.add(clean);
  }
  return [...seen];
}

/** Unsent work is keyed by what it edits: an annotation, or for a new one, the passage. */
export function draftKey(
  documentKey: string,
  target: Annotation['target'],
  annotationId?: string,
): string {
  if (annotationId) return `edit:${annotationId}`;
  return `new:${documentKey}:${target.position?.start}-${target.position?.end}`;
}

/** A highlight marks words and says nothing: no comment, proposal or rationale. */
export function isHighlightOnly(annotation: Annotation): boolean {
  return (
    annotation.comment.trim() === '' &&
    annotation.rationale.trim() === '' &&
    annotation.proposal === undefined
  );
}
