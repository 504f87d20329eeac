import type { AnchorResult } from '../anchoring/anchor.ts';
import type { Annotation } from '../formats/annotation.ts';
import type { AnnotationSetInfo } from '../formats/annotation-set.ts';
import type { PaintedHighlight } from '../highlight/types.ts';

/** A layer's colour when its set is not listed with the comments. */
const UNLISTED_COLOUR = '#ffd54f';

/**
 * What the page shows of these comments: each placed one where the page draws its passage now,
 * in its layer's colour; nothing of a hidden layer or of a comment with no place.
 */
export function highlightsOf(
  annotations: readonly Annotation[],
  sets: readonly AnnotationSetInfo[],
  anchors: ReadonlyMap<string, AnchorResult>,
  rangesFromOffsets: (start: number, end: number) => Range[],
): PaintedHighlight[] {
  const colours = new Map(sets.map((set) => [set.id, set]));
  return annotations.flatMap((annotation) => {
    const set = colours.get(annotation.setId);
    const anchor = anchors.get(annotation.id);
    if (set?.visible === false || !anchor || anchor.status === 'orphan') return [];
    return rangesFromOffsets(anchor.start, anchor.end).map((range) => ({
      id: annotation.id,
      range,
      layer: annotation.setId,
      colour: set?.colour ?? UNLISTED_COLOUR,
      status: anchor.status,
    }));
  });
}
