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
  main() {
    askCommentsAtAddress(location.href);
  },
});
