import { createRoot } from 'react-dom/client';
import { createPainter } from '../utils/highlight/index.ts';
import { catalogFromBackground } from '../utils/i18n/catalog-request.ts';
import { followLanguage, loadLanguageData, startLanguage } from '../utils/i18n/ui-language.ts';
import { onChangeSignal } from '../utils/messaging/change-signal.ts';
import { requestOrThrow } from '../utils/messaging/client.ts';
import { tabMessenger } from '../utils/messaging/tab.ts';
import { AnnotatorApp } from './AnnotatorApp.tsx';
import { AnnotatorController } from './controller.ts';
import { followReading } from './follow-reading.ts';
import type { PageSource } from './page-source.ts';
import { createShadowHost } from './shadow-host.ts';

/** What the side panel and the background ask of the annotator in a tab. */
function answerTabMessages(controller: AnnotatorController): void {
  tabMessenger.onMessage('annotator.present', () => true);
  tabMessenger.onMessage('annotator.focusAnnotation', ({ data }) =>
    controller.focusAnnotation(data.id),
  );
  tabMessenger.onMessage('annotator.scrollToOffset', ({ data }) =>
    controller.scrollToOffset(data.start),
  );
  tabMessenger.onMessage('annotator.describeSelection', () => {
    const passage = controller.passageFromSelection();
    return passage
      ? { target: passage.target, provision: passage.provision, quote: passage.quote }
      : null;
  });
  tabMessenger.onMessage('annotator.commentOnSelection', () => controller.commentOnSelection());
  tabMessenger.onMessage(
    'annotator.highlightSelection',
    () => void controller.highlightSelection(),
  );
}

/**
 * The annotator on a draft, whatever shows it (an HTML page, the PDF viewer): its UI in a
 * shadow root, its answers to tab messages, the page events `watch` listens to, and repaints
 * when another tab or page changes this document.
 */
export async function mountAnnotator(
  readPage: () => PageSource,
  watch: (controller: AnnotatorController) => void,
): Promise<AnnotatorController> {
  const author = await requestOrThrow('whoAmI', {});
  const controller = new AnnotatorController(document, author, createPainter(), readPage);
  const { host, mount } = createShadowHost();
  // In the viewer the page has started already, with its own catalogs.
  await startLanguage(catalogFromBackground);
  // Apart from the tasks that render and anchor.
  await loadLanguageData();
  followLanguage(mount);
  answerTabMessages(controller);
  const root = createRoot(mount);
  root.render(<AnnotatorApp controller={controller} />);
  // Watch first: a page that re-renders while the comments load must not lose them.
  watch(controller);
  try {
    await controller.start();
  } catch (error) {
    // Leave nothing behind that answers for an annotator, so that trying again loads it anew.
    tabMessenger.removeAllListeners();
    root.unmount();
    host.remove();
    throw error;
  }
  host.dataset.ready = 'true';
  followReading(document, controller);
  onChangeSignal(controller.documentKey, () => void controller.reload());
  return controller;
}
