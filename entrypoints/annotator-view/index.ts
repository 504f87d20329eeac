import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { renderAnnotatorView } from '../../annotator/view.tsx';
import { handedOverView } from '../../annotator/view-handoff.ts';

/**
 * The annotator's view, injected by the background once the annotator painted the highlights
 * on an HTML page: React and the components, compiled in a task of their own.
 */
export default defineUnlistedScript(() => {
  const { controller, mount } = handedOverView();
  renderAnnotatorView(controller, mount);
});
