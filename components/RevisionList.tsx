import type { RevisionFamily } from '../utils/revisions/family.ts';

/** The revisions of one draft kept in this browser, the current and the newest marked. */
export function RevisionList({
  family,
  currentKey,
  counts,
}: {
  family: RevisionFamily;
  currentKey?: string;
  counts?: ReadonlyMap<string, number>;
}) {
  return (
    <ul className="revisions" aria-label={`Revisions of ${family.family} kept here`}>
      {family.revisions.map((revision) => (
        <li key={revision.key}>
          {revision.symbol ?? revision.title ?? revision.key}
          {revision.key === currentKey ? ' (this page)' : ''}
          {revision.key === family.newest.key ? ' — newest' : ''}
          {counts ? ` · ${counts.get(revision.key) ?? 0} comments` : ''}
        </li>
      ))}
    </ul>
  );
}
