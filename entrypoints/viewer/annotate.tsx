import type { AnnotatorController } from '../annotator/controller.ts';
import { mountAnnotator } from '../annotator/mount.tsx';
import type { PageSource } from '../annotator/page-source.ts';
import { watchSelections } from '../annotator/watch-page.ts';

/** Whether an event happened in Redline's own UI or the viewer's chrome, not in the pages. */
function outsidePages(event: Event): boolean {
  return event
    .composedPath()
    .some(
      (node) => node instanceof Element && (node.tagName === 'REDLINE-UI' || node.id === 'chrome'),
    );
}

/**
 * The same annotator as on HTML pages (toolbar, editor, highlights, side panel reports), reading
 * the PDF through its page source. The viewer is an extension page, so it is loaded here
 * directly instead of being injected.
 */
export function annotatePdf(source: PageSource): Promise<AnnotatorController> {
  return mountAnnotator(
    () => source,
    (controller) => watchSelections(document, controller, outsidePages),
  );
}
