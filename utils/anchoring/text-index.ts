import { runAll, type Steps } from '../scheduling/steps.ts';

/** Elements whose text is never part of the document as read. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'REDLINE-UI', 'HEAD']);

/** Elements that start on a new line, so that words on either side do not fuse. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DISPLAY_NONE = /(^|;)\s*display\s*:\s*none\b/i;

/** The text of a page as Redline reads it, and the way between its offsets and the DOM. */
export interface TextIndex {
  readonly text: string;
  rangeFromOffsets(start: number, end: number): Range;
  /** Null when the range lies outside the indexed root. */
  offsetsFromRange(range: Range): { start: number; end: number } | null;
}

export function buildTextIndex(root: Node): TextIndex {
  return runAll(buildTextIndexSteps(root));
}

/** Nodes read between two pauses of buildTextIndexSteps. */
const NODES_PER_STEP = 100;

/** buildTextIndex in steps, pausing every few hundred nodes (see utils/scheduling). */
export function* buildTextIndexSteps(root: Node): Steps<TextIndex> {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let endsWithBreak = true;

  const breakLine = () => {
    if (endsWithBreak) return;
    parts.push('\n');
    length += 1;
    endsWithBreak = true;
  };
  /** Reads a node as the walk enters it; true when the walk goes on into its children. */
  const enter = (node: Node): boolean => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return false;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      endsWithBreak = false;
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return node.nodeType === 9 || node.nodeType === 11;
    const element = node as Element;
    if (isLeftOut(element)) return false;
    if (element.tagName === 'BR') {
      endsWithBreak = false;
      breakLine();
      return false;
    }
    if (BLOCK_TAGS.has(element.tagName)) breakLine();
    return true;
  };
  /** Closes a node whose children were read. */
  const leave = (node: Node) => {
    if (node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName)) breakLine();
  };
  // A walk by sibling and parent links, not a recursion of generators: the page's code runs it
  // once, unoptimised, where every nested generator and child-list iterator costs.
  let visited = 0;
  let node = root;
  for (;;) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const descend = enter(node);
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) leave(node);
    while (node !== root && !node.nextSibling) {
      node = node.parentNode as Node;
      leave(node);
    }
    if (node === root) break;
    node = node.nextSibling as Node;
  }

  const text = parts.join('');
  const indexOf = new Map<Node, number>(nodes.map((node, i) => [node, i]));
  const document = (root.ownerDocument ?? root) as Document;

  /** Index of the last text node starting at or before `offset`. */
  const nodeAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    let found = 0;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] as number) <= offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };

  const startPoint = (offset: number): [Text, number] => {
    let i = nodeAt(offset);
    const node = nodes[i] as Text;
    // An offset on a separator belongs to the next text node.
    if (offset - (starts[i] as number) >= node.data.length && i + 1 < nodes.length) i++;
    return [
      nodes[i] as Text,
      Math.min(offset - (starts[i] as number), (nodes[i] as Text).data.length),
    ];
  };
  const endPoint = (offset: number): [Text, number] => {
    let i = nodeAt(offset);
    // An end at a node's first character ends the previous node.
    while (i > 0 && offset <= (starts[i] as number)) i--;
    const node = nodes[i] as Text;
    return [node, Math.max(0, Math.min(offset - (starts[i] as number), node.data.length))];
  };

  /** The text offset of a boundary point: its own offset in an indexed text node, else the start of the next indexed text. */
  const offsetOfPoint = (container: Node, offset: number): number => {
    const own = indexOf.get(container);
    if (own !== undefined) return (starts[own] as number) + offset;
    const reference =
      container.nodeType === TEXT_NODE ? container : (container.childNodes[offset] ?? null);
    const isAtOrAfter = (node: Text) =>
      reference
        ? reference === node ||
          reference.contains(node) ||
          (reference.compareDocumentPosition(node) & 4) !== 0
        : !container.contains(node) && (container.compareDocumentPosition(node) & 4) !== 0;
    let low = 0;
    let high = nodes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (isAtOrAfter(nodes[middle] as Text)) high = middle;
      else low = middle + 1;
    }
    return low < nodes.length ? (starts[low] as number) : text.length;
  };

  return {
    text,
    rangeFromOffsets(start, end) {
      if (start < 0 || end < start || end > text.length) {
        throw new RangeError(`offsets ${start}..${end} are outside a text of ${text.length}`);
      }
      const range = document.createRange();
      if (nodes.length === 0) {
        range.selectNodeContents(root);
        return range;
      }
      const [startNode, startOffset] = startPoint(start);
      range.setStart(startNode, startOffset);
      if (end === start) range.collapse(true);
      else range.setEnd(...endPoint(end));
      return range;
    },
    offsetsFromRange(range) {
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
      const start = offsetOfPoint(range.startContainer, range.startOffset);
      const end = offsetOfPoint(range.endContainer, range.endOffset);
      return { start, end: Math.max(start, end) };
    },
  };
}

function isLeftOut(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  if (element.hasAttribute('hidden')) return true;
  // Redline's highlight marks (utils/highlight) wrap the page's own text: read through them.
  if (element.hasAttribute('data-redline-ui') && element.tagName !== 'MARK') return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && DISPLAY_NONE.test(style);
}
