import { defineContentScript } from 'wxt/utils/define-content-script';
import { askCommentsAtAddress } from '../../utils/annotations/comments-ahead.ts';
import { UN_PAGE_MATCHES } from '../../utils/un/page-matches.ts';

/**
 * As a UN page's document starts: asks for the comments Redline keeps at its address, so that a
 * draft's highlights can be painted as soon as its text is read (the `content` script).
 */
export default defineContentScript({
  matches: UN_PAGE_MATCHES,
  runAt: 'document_start',
  // As for the `content` script: WXT's "script started" notice as a DOM event alone, never a
  // window.postMessage that the page's own listeners would hear.
  noScriptStartedPostMessage: true,
  main() {
    askCommentsAtAddress(location.href);
  },
});
