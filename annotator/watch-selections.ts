import type { AnnotatorController } from './controller.ts';

/** Events in Redline's own UI are not the reader selecting or clicking the draft. */
function inRedlineUi(event: Event): boolean {
  return event
    .composedPath()
    .some((node) => node instanceof Element && node.tagName === 'REDLINE-UI');
}

/**
 * Selections show the toolbar, and a click on a highlight opens its comment. `outsideDraft`
 * tells which events belong to something other than the draft (Redline's UI, a viewer's chrome).
 */
export function watchSelections(
  doc: Document,
  controller: AnnotatorController,
  outsideDraft: (event: Event) => boolean = inRedlineUi,
): void {
  const onSelectionEnd = (event: Event) => {
    if (!outsideDraft(event)) controller.showToolbarForSelection();
  };
  doc.addEventListener('mouseup', onSelectionEnd);
  doc.addEventListener('keyup', (event) => {
    if (!(event.shiftKey || event.key.startsWith('Arrow'))) return;
    onSelectionEnd(event);
    const selection = doc.getSelection();
    if (outsideDraft(event) || !selection?.isCollapsed || selection.rangeCount === 0) return;
    const caret = selection.getRangeAt(0).getClientRects()[0];
    if (caret) controller.announceAt(caret.left + 1, caret.top + caret.height / 2);
  });
  doc.addEventListener('click', (event) => {
    if (outsideDraft(event) || !doc.getSelection()?.isCollapsed) return;
    const [id] = controller.idsAt(event.clientX, event.clientY);
    if (id) controller.openAnnotation(id);
  });
}
