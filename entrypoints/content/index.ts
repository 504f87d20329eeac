import { defineContentScript } from 'wxt/utils/define-content-script';
import { handOverDraft } from '../../utils/annotations/draft-handoff.ts';
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
    // The comments are read while the background loads the annotator, which takes them here.
    if (detected.draft) {
      const documentKey = draftDocumentKey(detected.draft, location.href);
      const answer = request('listAnnotations', { documentKey });
      handOverDraft({ text: detected.draft, comments: { documentKey, answer } });
    }
    // The badge and the annotator are not waiting for each other.
    const seen = request('pageSeen', { url: location.href, ...found });
    if (found.kind === 'draft') {
      const opened = await request('openAnnotator', {});
      if (!opened.ok) console.warn('Redline could not open this draft:', opened.error.message);
    }
    await seen;
  },
});
