import type { AnchorResult } from '../anchoring/anchor.ts';
import { fingerprintText } from '../anchoring/fingerprint.ts';
import type { TextIndex } from '../anchoring/text-index.ts';
import { whereChosen } from '../anchoring/where-chosen.ts';
import type { Annotation } from '../formats/annotation.ts';
import type { AnnotationSetInfo } from '../formats/annotation-set.ts';
import { supportsCustomHighlights } from '../highlight/custom-highlights.ts';
import { createPainter, type HighlightPainter } from '../highlight/index.ts';
import type { Result } from '../messaging/protocol.ts';
import { yieldToPage } from '../scheduling/steps.ts';
import { highlightsOf } from './highlights.ts';

/**
 * Paints the comments made on the very text the page shows, where they were made, as soon as the
 * text is indexed: before its outline is read and before the annotator has loaded, the two
 * longest waits of a draft's first paint. The annotator's anchoring places each of them there
 * too, and paints again with the others once it has weighed them; `redline:painted` is marked
 * here when none is left for it.
 *
 * Only with the Custom Highlight API, which leaves the page's DOM (and so the text index the
 * annotator takes over) untouched. Returns the painter, which the annotator paints with from
 * then on; undefined when nothing was painted.
 */
export async function paintCommentsAsMade(
  doc: Document,
  index: TextIndex,
  listed: Promise<Result<{ annotations: Annotation[]; sets: AnnotationSetInfo[] }>>,
): Promise<HighlightPainter | undefined> {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || !supportsCustomHighlights(win)) return undefined;
  const answer = await listed;
  if (!answer.ok || answer.value.annotations.length === 0) return undefined;
  const { annotations, sets } = answer.value;
  // The text's version in a task of its own, then placing and painting in the next.
  await yieldToPage();
  const version = fingerprintText(index.text);
  await yieldToPage();
  const anchors = new Map<string, AnchorResult>();
  for (const annotation of annotations) {
    const place = whereChosen(annotation.target, index.text, version);
    if (place) anchors.set(annotation.id, { status: 'exact', ...place });
  }
  if (anchors.size === 0) return undefined;
  const painter = createPainter(doc);
  painter.paint(
    highlightsOf(annotations, sets, anchors, (start, end) => [index.rangeFromOffsets(start, end)]),
  );
  if (anchors.size === annotations.length) {
    performance.mark('redline:painted', { detail: annotations.length });
  }
  return painter;
}
