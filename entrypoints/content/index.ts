import { defineContentScript } from 'wxt/utils/define-content-script';
import { forgetAskedComments, handOverDraft } from '../../utils/annotations/draft-handoff.ts';
import { request } from '../../utils/messaging/client.ts';
import { runInSlices, yieldToPage } from '../../utils/scheduling/steps.ts';
import { detectPageSteps } from '../../utils/un/detect.ts';
import { draftDocumentKey } from '../../utils/un/draft-page.ts';

/**
 * Runs on UN pages: finds what the page holds, tells the background (badge, popup), and asks
 * for the annotator only when the page is a draft. Everything heavy loads with the annotator.
 */
export default defineContentScript({
  matches: ['*://*.unodc.org/*', '*://*.un.org/*', '*://undocs.org/*'],
  runAt: 'document_idle',
  async main() {
    // Marks on the page's own timeline, so the cost on every UN page can be measured. A draft
    // is read in slices (runInSlices): the page stays responsive while its text is indexed.
    // The first slice gets a task of its own, apart from this script's compile and start.
    await yieldToPage();
    performance.mark('redline:detect-start');
    const detected = await runInSlices(detectPageSteps(document, location.href));
    performance.measure('redline:detect', 'redline:detect-start');
    const { found } = detected;
    if (found.kind === 'other' && found.documents.length === 0) return;
    // A draft's comments are read while the background loads the annotator, which takes them
    // here. Another page's reading waits for the user to ask ("Annotate this page").
    if (detected.draft) {
      const documentKey = draftDocumentKey(detected.draft, location.href);
      handOverDraft({
        text: detected.draft,
        ...(found.kind === 'draft'
          ? { comments: { documentKey, answer: request('listAnnotations', { documentKey }) } }
          : {}),
      });
    }
    // The badge and the annotator are not waiting for each other.
    const seen = request('pageSeen', { url: location.href, ...found });
    if (found.kind === 'draft') {
      const opened = await request('openAnnotator', {});
      if (!opened.ok) {
        forgetAskedComments();
        console.warn('Redline could not open this draft:', opened.error.message);
      }
    }
    await seen;
  },
});
