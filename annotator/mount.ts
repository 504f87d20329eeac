import type { DetectedDraft } from '../utils/annotations/draft-handoff.ts';
import type { Author } from '../utils/formats/annotation.ts';
import { createPainter } from '../utils/highlight/index.ts';
import { catalogFromBackground } from '../utils/i18n/catalog-request.ts';
import { followLanguage, loadLanguageData, startLanguage } from '../utils/i18n/ui-language.ts';
import { onChangeSignal } from '../utils/messaging/change-signal.ts';
import { requestOrThrow } from '../utils/messaging/client.ts';
import { tabMessenger } from '../utils/messaging/tab.ts';
import { yieldToPage } from '../utils/scheduling/steps.ts';
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
 * What the annotator needs from the background before it reads the page: who the user is, and
 * the UI language's catalog. Asked for apart, as early as its loader can.
 */
export async function prepareAnnotator(): Promise<Author> {
  // In the viewer the page has started already, with its own catalogs.
  const [author] = await Promise.all([
    requestOrThrow('whoAmI', {}),
    startLanguage(catalogFromBackground),
  ]);
  return author;
}

/**
 * Shows the annotator's view in `mount`, once the highlights are painted: at once where React
 * is loaded already (the PDF viewer), else by loading the view's own script.
 */
export type ShowView = (controller: AnnotatorController, mount: HTMLElement) => Promise<void>;

/**
 * The annotator on a draft, whatever shows it (an HTML page, the PDF viewer): its answers to
 * tab messages, the page events `watch` listens to, the comments painted, then its view in a
 * shadow root, and repaints when another tab or page changes this document. The view comes
 * after the paint so that the highlights wait for no more than reading, anchoring and
 * painting. `handedOver`: the comments, when the content script asked for them already, and the
 * painter that showed some of them while it read the page.
 */
export async function mountAnnotator(
  prepared: Promise<Author>,
  readPage: () => PageSource,
  watch: (controller: AnnotatorController) => void,
  showView: ShowView,
  handedOver?: Pick<DetectedDraft, 'comments' | 'painter'>,
): Promise<AnnotatorController> {
  const painter = handedOver?.painter ?? createPainter();
  const controller = await prepared
    .then((author) => new AnnotatorController(document, author, painter, readPage))
    .catch((error: unknown) => {
      // Nothing stays painted that no annotator manages.
      painter.clear();
      throw error;
    });
  const { host, mount } = createShadowHost();
  followLanguage(mount);
  answerTabMessages(controller);
  // Watch first: a page that re-renders while the comments load must not lose them. A
  // selection made before the view shows waits in the controller's store for it.
  watch(controller);
  try {
    // Reading the page (its text collapsed for searching) was this task's work: the version's
    // hash and the comments come in the next, so that neither task holds the page long.
    await yieldToPage();
    await controller.start(handedOver?.comments);
    // Apart from the tasks that anchor, paint and render.
    await loadLanguageData();
    await showView(controller, mount);
  } catch (error) {
    // Leave nothing behind that answers for an annotator, so that trying again loads it anew.
    tabMessenger.removeAllListeners();
    host.remove();
    painter.clear();
    throw error;
  }
  host.dataset.ready = 'true';
  followReading(document, controller);
  onChangeSignal(controller.documentKey, () => void controller.reload());
  return controller;
}
