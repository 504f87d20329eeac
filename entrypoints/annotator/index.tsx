import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { takeHandedOverDraft } from '../../utils/annotations/draft-handoff.ts';
import { errorMessage, request } from '../../utils/messaging/client.ts';
import { mountAnnotator } from './mount.tsx';
import { htmlPageSource } from './page-source.ts';
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
  start().catch((error: unknown) => {
    // Not running: a retry from the popup may load it again, and the popup says why it failed.
    scope[LOADED] = false;
    console.error('Redline could not start on this draft:', error);
    void request('annotatorFailed', { reason: errorMessage(error).slice(0, 500) });
  });
});

async function start(): Promise<void> {
  performance.mark('redline:annotator-start');
  // The first reading may come from the content script; a page re-rendered later is read anew.
  let detected = takeHandedOverDraft();
  const readPage = () => {
    const source = htmlPageSource(document, detected);
    detected = undefined;
    return source;
  };
  await mountAnnotator(readPage, (controller) => watchPage(document, controller));
}
