import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { errorMessage, request } from '../../utils/messaging/client.ts';
import { yieldToPage } from '../../utils/scheduling/steps.ts';

const LOADED = Symbol.for('redline.annotator');

/**
 * The annotator: injected by the background into a tab that holds a draft, or whose user
 * asked to annotate it. Loaded once per page. Its modules are evaluated in the task after the
 * one that compiles this script, so that neither holds the page for long.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { [LOADED]?: boolean };
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  const start = async () => {
    await yieldToPage();
    const { startHtmlAnnotator } = await import('../../annotator/integrations/html.ts');
    await startHtmlAnnotator();
  };
  start().catch((error: unknown) => {
    // Not running: a retry from the popup may load it again, and the popup says why it failed.
    scope[LOADED] = false;
    console.error('Redline could not start on this draft:', error);
    void request('annotatorFailed', { reason: errorMessage(error).slice(0, 500) });
  });
});
