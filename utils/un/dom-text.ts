/**
 * The text Redline extracts from a page, one rule shared with the anchoring text index so that
 * outline offsets and anchor offsets agree:
 *  - text nodes in document order, their data unchanged (whitespace included);
 *  - nothing from script, style, noscript, template, head, or elements marked `hidden` or
 *    styled `display: none` inline;
 *  - one '\n' at each block element's start and end and at each <br>, unless the text is empty
 *    or already ends with '\n'.
 * Kept in this one function so the anchoring index can take its place later.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  let endsWithNewline = true;
  const breakLine = () => {
    if (endsWithNewline) return;
    parts.push('\n');
    endsWithNewline = true;
  };
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data === '') return;
      parts.push(data);
      endsWithNewline = data.endsWith('\n');
      return;
    }
    const element = node.nodeType === ELEMENT_NODE ? (node as Element) : undefined;
    if (element && isSkipped(element)) return;
    if (element?.localName === 'br') {
      // A <br> always breaks, even after another break: it is a line of its own.
      parts.push('\n');
      endsWithNewline = true;
      return;
    }
    const block = element !== undefined && BLOCK_ELEMENTS.has(element.localName);
    if (block) breakLine();
    for (const child of node.childNodes) visit(child);
    if (block) breakLine();
  };
  visit(root);
  return parts.join('');
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'head']);

const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

function isSkipped(element: Element): boolean {
  if (SKIPPED_ELEMENTS.has(element.localName) || element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}
