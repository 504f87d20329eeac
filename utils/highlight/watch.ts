const activeObservers = new Set<MutationObserver>();

/** Whether a node is, or sits inside, Redline's own UI (panels, toolbars, highlight marks). */
export function isRedlineUi(node: Node | null): boolean {
  const element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return Boolean(element?.closest('[data-redline-ui], redline-ui'));
}

/**
 * Runs Redline's own DOM changes (wrapping highlight marks) without waking the watchers: their
 * records are taken and dropped before the observers would see them.
 */
export function runUnobserved<T>(change: () => T): T {
  try {
    return change();
  } finally {
    for (const observer of activeObservers) observer.takeRecords();
  }
}

/**
 * Calls `reanchor` once the page's text has stopped changing for `delayMs`, ignoring changes
 * made in or by Redline's UI. Returns a function that stops watching.
 */
export function watchReanchor(root: Node, reanchor: () => void, delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (!records.some(changesPageText)) return;
    clearTimeout(timer);
    timer = setTimeout(reanchor, delayMs);
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'style', 'aria-hidden'],
  });
  activeObservers.add(observer);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    activeObservers.delete(observer);
  };
}

function changesPageText(record: MutationRecord): boolean {
  if (isRedlineUi(record.target)) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.some((node) => !isRedlineUi(node) && !isEmptyOwnUi(node));
}

/** A removed Redline element is detached, so `closest` cannot see its marker any more. */
function isEmptyOwnUi(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  return element.hasAttribute('data-redline-ui') || element.tagName === 'REDLINE-UI';
}
