import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { handedOverView } from '../../annotator/view-handoff.ts';
import { yieldToPage } from '../../utils/scheduling/steps.ts';

/**
 * The annotator's view, injected by the background once the annotator painted the highlights
 * on an HTML page: React and the components, compiled in a task of their own. Their modules
 * (React's are most of this script) are evaluated in the next task, not in the compile's.
 */
export default defineUnlistedScript(async () => {
  const { controller, mount } = handedOverView();
  await yieldToPage();
  const { renderAnnotatorView } = await import('../../annotator/view.tsx');
  renderAnnotatorView(controller, mount);
});
