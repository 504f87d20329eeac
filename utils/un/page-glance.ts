/** What detection's first look reads of a page: the body's text and its links' addresses. */
export interface PageGlance {
  /** The body's text content, as `document.body.textContent` reads it. */
  text: string;
  /** The `href` attribute of every link (`a[href]`, HTML or SVG), in document order. */
  hrefs: string[];
}

/** XPathResult.STRING_TYPE and ORDERED_NODE_SNAPSHOT_TYPE. */
const STRING_TYPE = 2;
const ORDERED_NODE_SNAPSHOT_TYPE = 7;
/** By local name, so that an XHTML page (elements in a namespace, served as XML) reads the same. */
const BODY_TEXT = "string(/*[local-name()='html']/*[local-name()='body'])";
const LINK_ADDRESSES = "//*[local-name()='a']/@href";

/**
 * Reads the page through XPath where the DOM has it (browsers): a string and attribute nodes
 * come back, no element. The first element a content script reads has the browser set up the
 * element interfaces in the script's world, about a millisecond in Chromium, on a page that
 * mostly turns out to hold nothing. A DOM without XPath (happy-dom, under Node) is read through
 * its elements.
 */
export function glanceAt(doc: Document): PageGlance {
  if (typeof doc.evaluate !== 'function') {
    return {
      text: doc.body?.textContent ?? '',
      hrefs: Array.from(doc.querySelectorAll('a[href]'), (link) => link.getAttribute('href') ?? ''),
    };
  }
  const text = doc.evaluate(BODY_TEXT, doc, null, STRING_TYPE, null).stringValue;
  const links = doc.evaluate(LINK_ADDRESSES, doc, null, ORDERED_NODE_SNAPSHOT_TYPE, null);
  const hrefs: string[] = [];
  for (let index = 0; index < links.snapshotLength; index++) {
    hrefs.push((links.snapshotItem(index) as Attr).value);
  }
  return { text, hrefs };
}
