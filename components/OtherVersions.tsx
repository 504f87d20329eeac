import type { Annotation } from '../utils/formats/annotation.ts';

/**
 * Versions of a comment that lost to a later edit made at the same time elsewhere (another
 * tab, a colleague's file). Never deleted: the user can read them and bring one back.
 */
export function OtherVersions({
  versions,
  onRestore,
}: {
  versions: readonly Annotation[];
  onRestore: (version: Annotation) => void;
}) {
  return (
    <details className="other-versions">
      <summary>
        {versions.length} other version{versions.length === 1 ? '' : 's'} edited at the same time
      </summary>
      <ul>
        {versions.map((version) => (
          <li key={`${version.updatedAt}-${version.comment.length}`}>
            <p>{version.comment || <span className="muted">No comment</span>}</p>
            <p className="muted">
              {version.author?.name || 'Unnamed author'} · {version.updatedAt}
            </p>
            <button type="button" onClick={() => onRestore(version)}>
              Restore this version
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
