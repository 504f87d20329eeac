import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startHtmlAnnotator } from '../../annotator/integrations/html.ts';
import { errorMessage, request } from '../../utils/messaging/client.ts';

const LOADED = Symbol.for('redline.annotator');

/**
 * The annotator: injected by the background into a tab that holds a draft, or whose user
 * asked to annotate it. Loaded once per page.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { [LOADED]?: boolean };
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  startHtmlAnnotator().catch((error: unknown) => {
    // Not running: a retry from the popup may load it again, and the popup says why it failed.
    scope[LOADED] = false;
    console.error('Redline could not start on this draft:', error);
    void request('annotatorFailed', { reason: errorMessage(error).slice(0, 500) });
  });
});
