import { compareAddresses, GENERAL_PROVISION } from '../un/address.ts';
import type { Annotation } from './annotation.ts';

/** The address a submission files an annotation under. */
export function provisionOf(annotation: Annotation): string {
  return annotation.provision.trim() || GENERAL_PROVISION;
}

/**
 * Document order. Comments without a provision concern the draft as a whole and come first.
 * When every annotation was made on the same text version, offsets into that text are the
 * document order itself; across versions offsets do not compare, so the provision decides and
 * offsets only break ties. Creation time, then id, make the order total and stable.
 */
export function orderAnnotations(annotations: readonly Annotation[]): Annotation[] {
  const versions = new Set(annotations.map((annotation) => annotation.target.documentVersion));
  const byPosition = versions.size <= 1;
  return [...annotations].sort((a, b) => {
    const generalFirst = Number(!isGeneral(a)) - Number(!isGeneral(b));
    const provision = byPosition ? 0 : compareAddresses(provisionOf(a), provisionOf(b));
    return (
      generalFirst ||
      provision ||
      (a.target.position?.start ?? 0) - (b.target.position?.start ?? 0) ||
      (a.target.position?.end ?? 0) - (b.target.position?.end ?? 0) ||
      (a.createdAt ?? '').localeCompare(b.createdAt ?? '') ||
      a.id.localeCompare(b.id)
    );
  });
}

function isGeneral(annotation: Annotation): boolean {
  return provisionOf(annotation) === GENERAL_PROVISION;
}
