import { createRoot } from 'react-dom/client';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { takeHandedOverDraft } from '../../utils/annotations/draft-handoff.ts';
import { createPainter } from '../../utils/highlight/index.ts';
import { onChangeSignal } from '../../utils/messaging/change-signal.ts';
import { requestOrThrow } from '../../utils/messaging/client.ts';
import { tabMessenger } from '../../utils/messaging/tab.ts';
import { AnnotatorApp } from './AnnotatorApp.tsx';
import { AnnotatorController } from './controller.ts';
import { htmlPageSource } from './page-source.ts';
import { createShadowHost } from './shadow-host.ts';
import { watchPage } from './watch-page.ts';

const LOADED = Symbol.for('redline.annotator');

/**
 * The annotator: injected by the background into a tab that holds a draft, or whose user
 * asked to annotate it. Loaded once per page.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { [LOADED]?: boolean };
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  void start();
});

async function start(): Promise<void> {
  performance.mark('redline:annotator-start');
  const author = await requestOrThrow('whoAmI', {});
  // The first reading may come from the content script; a page re-rendered later is read anew.
  let detected = takeHandedOverDraft();
  const controller = new AnnotatorController(document, author, createPainter(), () => {
    const source = htmlPageSource(document, detected);
    detected = undefined;
    return source;
  });
  const { host, mount } = createShadowHost();

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

  createRoot(mount).render(<AnnotatorApp controller={controller} />);
  await controller.start();
  watchPage(document, controller);
  host.dataset.ready = 'true';
  // Another tab, the side panel or an import wrote to this document: show it here too.
  onChangeSignal(controller.documentKey, () => void controller.reload());
}
