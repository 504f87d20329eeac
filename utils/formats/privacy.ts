import type { Annotation } from './annotation.ts';

/**
 * What may leave this browser: private comments and private replies stay home unless the user
 * includes them on purpose. Tombstones of private comments stay home too (a deletion of a note
 * nobody else has tells nobody anything).
 */
export function shareable(
  annotations: readonly Annotation[],
  includePrivate: boolean,
): Annotation[] {
  if (includePrivate) return [...annotations];
  const kept: Annotation[] = [];
  for (const annotation of annotations) {
    if (annotation.private) continue;
    const replies = annotation.replies?.filter((reply) => !reply.private);
    if (!replies || replies.length === annotation.replies?.length) kept.push(annotation);
    else if (replies.length > 0) kept.push({ ...annotation, replies });
    else {
      const { replies: _private, ...rest } = annotation;
      kept.push(rest);
    }
  }
  return kept;
}

/** How many comments and replies `shareable` would hold back. */
export function countPrivate(annotations: readonly Annotation[]): number {
  let count = 0;
  for (const annotation of annotations) {
    if (annotation.private) count++;
    else count += annotation.replies?.filter((reply) => reply.private).length ?? 0;
  }
  return count;
}
