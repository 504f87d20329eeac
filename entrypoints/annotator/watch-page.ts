import { watchReanchor } from '../../utils/highlight/watch.ts';
import type { AnnotatorController } from './controller.ts';

/**
 * Page events the annotator answers: a selection shows the toolbar, a click on a highlight
 * opens its comment, and a page that re-renders its text gets its highlights back.
 */
export function watchPage(doc: Document, controller: AnnotatorController): void {
  const onSelectionEnd = (event: Event) => {
    if (
      event.composedPath().some((node) => node instanceof Element && node.tagName === 'REDLINE-UI')
    )
      return;
    controller.showToolbarForSelection();
  };
  doc.addEventListener('mouseup', onSelectionEnd);
  doc.addEventListener('keyup', (event) => {
    if (event.shiftKey || event.key.startsWith('Arrow')) onSelectionEnd(event);
  });

  doc.addEventListener('click', (event) => {
    if (!doc.getSelection()?.isCollapsed) return;
    const [id] = controller.idsAt(event.clientX, event.clientY);
    if (id) controller.openAnnotation(id);
  });

  watchReanchor(doc.body, () => void controller.rereadPage());
}
