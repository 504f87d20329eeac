import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startHtmlAnnotator } from '../../annotator/integrations/html.ts';

const LOADED = Symbol.for('redline.annotator');

/**
 * The annotator: injected by the background into a tab that holds a draft, or whose user
 * asked to annotate it. Loaded once per page.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { [LOADED]?: boolean };
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  void startHtmlAnnotator();
});
