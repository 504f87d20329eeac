import { highlightsAt } from './hit-test.ts';
import { markRule } from './styles.ts';
import type { HighlightPainter, PaintedHighlight } from './types.ts';
import { runUnobserved } from './watch.ts';

/** The text a range covers, split at its ends so each piece can be wrapped whole. */
function textPiecesIn(range: Range): Text[] {
  const doc = range.startContainer.ownerDocument ?? document;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const spans: Array<{ node: Text; start: number; end: number }> = [];
  for (let node = walker.currentNode; node; node = walker.nextNode() as Node) {
    if (node.nodeType !== Node.TEXT_NODE || !range.intersectsNode(node)) continue;
    const text = node as Text;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.data.length;
    if (end > start) spans.push({ node: text, start, end });
  }
  return spans.map(({ node, start, end }) => {
    // Split the end first: the start offset stays valid after it.
    if (end < node.data.length) node.splitText(end);
    return start > 0 ? node.splitText(start) : node;
  });
}

/**
 * The fallback where the Custom Highlight API is missing: wraps the text in `<mark>` elements
 * marked as Redline's own, and unwraps them before painting again.
 */
export function createWrappingPainter(
  doc: Document,
  flash: (range: Range) => void,
): HighlightPainter {
  let marks: HTMLElement[] = [];
  let painted: readonly PaintedHighlight[] = [];

  // Wrapping and unwrapping change the page's DOM: keep them from waking watchReanchor.
  const clear = () => runUnobserved(unwrapAll);
  const unwrapAll = () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
      parent.normalize();
    }
    marks = [];
    painted = [];
  };

  const wrapAll = (highlights: readonly PaintedHighlight[]) => {
    unwrapAll();
    for (const highlight of highlights) {
      for (const text of textPiecesIn(highlight.range)) {
        const mark = doc.createElement('mark');
        mark.setAttribute('data-redline-ui', '');
        mark.dataset.redlineId = highlight.id;
        mark.dataset.redlineStatus = highlight.status;
        mark.setAttribute('style', markRule(highlight.colour, highlight.status));
        text.replaceWith(mark);
        mark.append(text);
        marks.push(mark);
      }
    }
    painted = highlights;
  };

  return {
    paint: (highlights) => runUnobserved(() => wrapAll(highlights)),
    hitTest: (x, y) => highlightsAt(painted, x, y),
    flash,
    clear,
  };
}
