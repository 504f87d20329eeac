import { createRoot } from 'react-dom/client';
import { createPainter } from '../../utils/highlight/index.ts';
import { onChangeSignal } from '../../utils/messaging/change-signal.ts';
import { requestOrThrow } from '../../utils/messaging/client.ts';
import { tabMessenger } from '../../utils/messaging/tab.ts';
import { AnnotatorApp } from '../annotator/AnnotatorApp.tsx';
import { AnnotatorController } from '../annotator/controller.ts';
import type { PageSource } from '../annotator/page-source.ts';
import { createShadowHost } from '../annotator/shadow-host.ts';

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
export async function annotatePdf(source: PageSource): Promise<AnnotatorController> {
  const author = await requestOrThrow('whoAmI', {});
  const controller = new AnnotatorController(document, author, createPainter(), () => source);
  const { host, mount } = createShadowHost();

  tabMessenger.onMessage('annotator.present', () => true);
  tabMessenger.onMessage('annotator.focusAnnotation', ({ data }) =>
    controller.focusAnnotation(data.id),
  );
  tabMessenger.onMessage('annotator.scrollToOffset', ({ data }) =>
    controller.scrollToOffset(data.start),
  );
  tabMessenger.onMessage('annotator.commentOnSelection', () => controller.commentOnSelection());
  tabMessenger.onMessage(
    'annotator.highlightSelection',
    () => void controller.highlightSelection(),
  );

  const onSelectionEnd = (event: Event) => {
    if (!outsidePages(event)) controller.showToolbarForSelection();
  };
  document.addEventListener('mouseup', onSelectionEnd);
  document.addEventListener('keyup', (event) => {
    if (event.shiftKey || event.key.startsWith('Arrow')) onSelectionEnd(event);
  });
  document.addEventListener('click', (event) => {
    if (outsidePages(event) || !document.getSelection()?.isCollapsed) return;
    const [id] = controller.idsAt(event.clientX, event.clientY);
    if (id) controller.openAnnotation(id);
  });

  createRoot(mount).render(<AnnotatorApp controller={controller} />);
  await controller.start();
  host.dataset.ready = 'true';
  onChangeSignal(controller.documentKey, () => void controller.reload());
  return controller;
}
