import { useState } from 'react';
import type { OutlineNode } from '../utils/annotations/outline-tree.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';

/**
 * The draft's outline as a table of contents: parts and chapters fold, each entry shows how
 * many comments it holds, and choosing an entry scrolls the page there.
 */
export function OutlineToc({
  tree,
  onGo,
}: {
  tree: readonly OutlineNode[];
  onGo: (start: number) => void;
}) {
  const { t } = useTranslator();
  return (
    <nav aria-label={t('workbench.outlineNav')}>
      <ul className="toc">
        {tree.map((node) => (
          <OutlineItem key={`${node.entry.start}-${node.entry.address}`} node={node} onGo={onGo} />
        ))}
      </ul>
    </nav>
  );
}

function OutlineItem({ node, onGo }: { node: OutlineNode; onGo: (start: number) => void }) {
  const [open, setOpen] = useState(true);
  const { entry } = node;
  const { t, formatNumber } = useTranslator();
  const folds = node.children.length > 0 && entry.kind !== 'article';
  return (
    <li>
      <div className="toc-row">
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
        <button type="button" className="link toc-entry" onClick={() => onGo(entry.start)}>
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
              onGo={onGo}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
