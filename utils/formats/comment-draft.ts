import { z } from 'zod';
import { Annotation, AnnotationTarget } from './annotation.ts';
import { LIMITS } from './limits.ts';

/**
 * An unsent comment, saved on every keystroke so closing the tab loses nothing. Keyed by the
 * annotation it edits, or by the passage when it is a new comment.
 */
export const CommentDraft = z.object({
  key: z
    .string()
    .min(1)
    .max(LIMITS.url + LIMITS.shortText),
  documentKey: z.string().min(1).max(LIMITS.url),
  annotationId: z.string().max(LIMITS.shortText).optional(),
  target: AnnotationTarget,
  provision: z.string().max(LIMITS.shortText),
  fields: Annotation.pick({
    comment: true,
    proposal: true,
    rationale: true,
    tags: true,
    stance: true,
    priority: true,
    private: true,
  }),
  updatedAt: z.iso.datetime(),
});

export type CommentDraft = z.infer<typeof CommentDraft>;
