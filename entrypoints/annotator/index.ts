import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { errorMessage, request } from '../../utils/messaging/client.ts';
import { yieldToPage } from '../../utils/scheduling/steps.ts';

const LOADED = Symbol.for('redline.annotator');
const ASKED_AGAIN = Symbol.for('redline.annotator-asked-again');

type Scope = { [LOADED]?: boolean; [ASKED_AGAIN]?: boolean };

/**
 * The annotator: injected by the background into a tab that may hold a draft, or whose user
 * asked to annotate it. Loaded once per page. Its modules are evaluated in the task after the
 * one that compiles this script, so that neither holds the page for long.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as Scope;
  if (scope[LOADED]) {
    // Asked for again (the user, from the popup or a shortcut) while it waits for the content
    // script's reading: it stays even if that reading finds no draft.
    scope[ASKED_AGAIN] = true;
    return;
  }
  scope[LOADED] = true;
  scope[ASKED_AGAIN] = false;
  const start = async () => {
    await yieldToPage();
    const { startHtmlAnnotator } = await import('../../annotator/integrations/html.ts');
    return startHtmlAnnotator(() => scope[ASKED_AGAIN] === true);
  };
  start()
    .then((started) => {
      // Loaded early for a page that held no draft: the next request loads it anew.
      if (!started) scope[LOADED] = false;
    })
    .catch((error: unknown) => {
      // Not running: a retry from the popup may load it again, and the popup says why it failed.
      scope[LOADED] = false;
      console.error('Redline could not start on this draft:', error);
      void request('annotatorFailed', { reason: errorMessage(error).slice(0, 500) });
    });
});
