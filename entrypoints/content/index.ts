import { defineContentScript } from 'wxt/utils/define-content-script';
import { handOverDraft } from '../../utils/annotations/draft-handoff.ts';
import { request } from '../../utils/messaging/client.ts';
import { detectPageAndDraft, looksLikeUnPage } from '../../utils/un/detect.ts';

/**
 * Runs on UN pages: finds what the page holds, tells the background (badge, popup), and asks
 * for the annotator only when the page is a draft. Everything heavy loads with the annotator.
 */
export default defineContentScript({
  matches: ['*://*.unodc.org/*', '*://*.un.org/*', '*://undocs.org/*'],
  runAt: 'document_idle',
  async main() {
    // Marks on the page's own timeline, so the cost on every UN page can be measured.
    performance.mark('redline:detect-start');
    const detected = looksLikeUnPage(document, location.href)
      ? detectPageAndDraft(document, location.href)
      : undefined;
    performance.measure('redline:detect', 'redline:detect-start');
    const found = detected?.found;
    if (!found || (found.kind === 'other' && found.documents.length === 0)) return;
    if (detected.draft) handOverDraft(detected.draft);
    await request('pageSeen', { url: location.href, ...found });
    if (found.kind === 'draft') {
      const opened = await request('openAnnotator', {});
      if (!opened.ok) console.warn('Redline could not open this draft:', opened.error.message);
    }
  },
});
