import { defineContentScript } from 'wxt/utils/define-content-script';
import type { TextIndex } from '../../utils/anchoring/text-index.ts';
import { takeCommentsAtAddress } from '../../utils/annotations/comments-ahead.ts';
import {
  type AnnotatorAhead,
  loadAnnotatorAhead,
  withdrawDetection,
} from '../../utils/annotations/draft-handoff.ts';
import { request } from '../../utils/messaging/client.ts';
import { queueBehindPage, runInSlices } from '../../utils/scheduling/steps.ts';
import { detectPageSteps } from '../../utils/un/detect.ts';
import { draftDocumentKey } from '../../utils/un/draft-page.ts';
import { UN_PAGE_MATCHES } from '../../utils/un/page-matches.ts';

/**
 * Runs on UN pages: finds what the page holds, tells the background (badge, popup), and asks
 * for the annotator when the page may be a draft. Everything heavy loads with the annotator.
 */
export default defineContentScript({
  matches: UN_PAGE_MATCHES,
  runAt: 'document_idle',
  // WXT's "script started" notice goes out as a DOM event alone: its window.postMessage copy
  // reached every UN page's own message listeners and cost a structured clone on each load.
  noScriptStartedPostMessage: true,
  async main() {
    // A measure on the page's own timeline, so the cost on every UN page can be measured. A draft
    // is read in slices (runInSlices): the page stays responsive while its text is indexed.
    // The first slice gets a task of its own, apart from this script's compile and start, and
    // like every slice it queues behind the page's own tasks (its load event, a script the
    // extension injects), never ahead of them.
    await queueBehindPage();
    // A time, not a mark: the first mark entry of this world costs 0.2 ms (Chromium), a tenth
    // of what detection costs a page that holds nothing.
    const detectStart = performance.now();
    // A page that may hold a draft has the annotator loaded, and its comments read, while its
    // text is read; the comments made on this very text are painted once it is indexed.
    let ahead: AnnotatorAhead | undefined;
    const beforeReadingDraft = () => {
      ahead = loadAnnotatorAhead(location.href);
    };
    const indexed = (index: TextIndex, root: Element) => ahead?.indexed(index, root);
    const { found, draft } = await runInSlices(
      detectPageSteps(document, location.href, { beforeReadingDraft, indexed }),
      { giveBack: queueBehindPage },
    ).catch((error: unknown) => {
      ahead?.settle();
      throw error;
    });
    performance.measure('redline:detect', { start: detectStart });
    // The comments asked for as the page started are for a draft's reading alone.
    if (!ahead) takeCommentsAtAddress();
    ahead?.settle(draft && { text: draft, documentKey: draftDocumentKey(draft, location.href) });
    if (found.kind === 'other' && found.documents.length === 0) return;
    // The badge and the annotator are not waiting for each other.
    const seen = request('pageSeen', { url: location.href, ...found });
    const opened = await ahead?.opened;
    if (opened && !opened.ok) {
      withdrawDetection();
      console.warn('Redline could not open this draft:', opened.error.message);
    }
    await seen;
  },
});
