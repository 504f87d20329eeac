import type { Annotation } from '../formats/annotation.ts';
import type { CarryResult } from './carry-over.ts';

export interface CarryTarget {
  documentKey: string;
  target: Annotation['target'];
  provision: string;
}

/**
 * The copy of a comment that lives on the newer revision. It gets its own id and remembers
 * where it came from; the original stays on the earlier revision untouched.
 */
export function carriedAnnotation(
  original: Annotation,
  onto: CarryTarget,
  from: { symbol?: string },
  now: Date,
  id: string = crypto.randomUUID(),
): Annotation {
  const { deleted: _tombstone, carriedFrom: _earlier, ...content } = original;
  return {
    ...content,
    id,
    documentKey: onto.documentKey,
    target: onto.target,
    provision: onto.provision,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    carriedFrom: {
      annotationId: original.id,
      documentKey: original.documentKey,
      provision: original.provision,
      ...(from.symbol ? { symbol: from.symbol } : {}),
    },
  };
}

/** Where an accepted carry result puts the comment. Gone results need a new selection. */
export function carryTargetOf(result: CarryResult, documentKey: string): CarryTarget | undefined {
  if (!result.target) return undefined;
  return { documentKey, target: result.target, provision: result.newProvision ?? '' };
}

/** Comments of an earlier revision that still wait to be carried onto `documentKey`. */
export function awaitingCarry(
  earlier: readonly Annotation[],
  current: readonly Annotation[],
): Annotation[] {
  const carried = new Set(
    current.flatMap((annotation) => annotation.carriedFrom?.annotationId ?? []),
  );
  return earlier.filter((annotation) => !annotation.deleted && !carried.has(annotation.id));
}
