import type { AnchorInfo } from '../utils/annotations/workbench.ts';

const LABELS = { exact: 'Exact', fuzzy: 'Fuzzy', orphan: 'Not placed' } as const;

/** How sure Redline is that a comment sits on its words: shown, never hidden. */
export function StatusBadge({ anchor }: { anchor?: AnchorInfo }) {
  if (!anchor) return <span className="status status-unknown">Not checked</span>;
  const score =
    anchor.status === 'fuzzy' && anchor.score !== undefined
      ? ` ${Math.round(anchor.score * 100)}%`
      : '';
  return (
    <span className={`status status-${anchor.status}`} title={anchor.reason}>
      {LABELS[anchor.status]}
      {score}
    </span>
  );
}
