import { useEffect, useRef, useState } from 'react';
import type { OutlineNode } from '../utils/annotations/outline-tree.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';

/** Whether a node is the entry being read or holds it. */
function holds(node: OutlineNode, reading: number | undefined): boolean {
  return node.entry.start === reading || node.children.some((child) => holds(child, reading));
}

/**
 * The draft's outline as a table of contents: parts and chapters fold, each entry shows how
 * many comments it holds, the entry being read in the page is marked (and a folded part holding
 * it), and choosing an entry scrolls the page there.
 */
export function OutlineToc({
  tree,
  reading,
  onGo,
}: {
  tree: readonly OutlineNode[];
  /** The start of the entry the reader is in, as the page reports it while it scrolls. */
  reading?: number | undefined;
  onGo: (start: number) => void;
}) {
  const { t } = useTranslator();
  return (
    <nav aria-label={t('workbench.outlineNav')} className="outline-box">
      <ul className="toc">
        {tree.map((node) => (
          <OutlineItem
            key={`${node.entry.start}-${node.entry.address}`}
            node={node}
            reading={reading}
            onGo={onGo}
          />
        ))}
      </ul>
    </nav>
  );
}

/**
 * Scrolls the outline's own box so the entry is in it, and nothing else: the panel stays where
 * the user left it (scrollIntoView would pull the whole panel to the outline).
 */
function keepInSight(entry: HTMLElement): void {
  const box = entry.closest('nav');
  if (!box) return;
  const outer = box.getBoundingClientRect();
  const inner = entry.getBoundingClientRect();
  if (inner.top < outer.top) box.scrollTop -= outer.top - inner.top;
  else if (inner.bottom > outer.bottom) box.scrollTop += inner.bottom - outer.bottom;
}

function OutlineItem({
  node,
  reading,
  onGo,
}: {
  node: OutlineNode;
  reading: number | undefined;
  onGo: (start: number) => void;
}) {
  const [open, setOpen] = useState(true);
  const entryRef = useRef<HTMLButtonElement>(null);
  const { entry } = node;
  const { t, formatNumber } = useTranslator();
  const folds = node.children.length > 0 && entry.kind !== 'article';
  const current = entry.start === reading;
  // The folded part stands for the entry inside it that is being read.
  const shown = current || (folds && !open && holds(node, reading));
  useEffect(() => {
    if (shown && entryRef.current) keepInSight(entryRef.current);
  }, [shown]);
  return (
    <li>
      <div className={shown ? 'toc-row toc-reading' : 'toc-row'}>
        {folds ? (
          <button
            type="button"
            className="toc-fold"
            aria-expanded={open}
            aria-label={t(open ? 'outline.fold' : 'outline.unfold', { provision: entry.label })}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : null}
        <button
          ref={entryRef}
          type="button"
          className="link toc-entry"
          aria-current={shown ? 'location' : undefined}
          onClick={() => onGo(entry.start)}
        >
          <bdi>{entry.label}</bdi>
        </button>
        {node.count > 0 ? (
          <span className="badge">
            <span aria-hidden="true">{formatNumber(node.count)}</span>
            <span className="visually-hidden">{t('strip.comments', { count: node.count })}</span>
          </span>
        ) : null}
      </div>
      {node.children.length > 0 && (open || !folds) ? (
        <ul className="toc">
          {node.children.map((child) => (
            <OutlineItem
              key={`${child.entry.start}-${child.entry.address}`}
              node={child}
              reading={reading}
              onGo={onGo}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
