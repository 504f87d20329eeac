import type { Annotation } from '../utils/formats/annotation.ts';

function VersionView({ annotation }: { annotation: Annotation }) {
  return (
    <>
      <p>{annotation.comment || <span className="muted">No comment</span>}</p>
      {annotation.proposal ? (
        <p>
          Proposal ({annotation.proposal.kind}): {annotation.proposal.text}
        </p>
      ) : null}
      {annotation.rationale ? <p>Rationale: {annotation.rationale}</p> : null}
      <p className="muted">
        {annotation.author?.name || 'Unnamed author'}
        {annotation.author?.organisation ? `, ${annotation.author?.organisation}` : ''} ·{' '}
        {annotation.updatedAt}
        {annotation.deleted ? ' · deleted' : ''}
      </p>
    </>
  );
}

/**
 * Two edits of one annotation made at the same instant: both shown, the user keeps one. The
 * other stays among the superseded versions.
 */
export function ConflictChoice({
  shown,
  other,
  kept,
  onKeep,
}: {
  shown: Annotation;
  other: Annotation;
  kept?: string;
  onKeep: (version: Annotation, label: string) => void;
}) {
  const versions: Array<[string, Annotation]> = [
    ['Version shown now', shown],
    ['Other version', other],
  ];
  return (
    <li className="conflict">
      <p>
        <strong>{shown.provision || 'Outside any article'}</strong>:{' '}
        <q>{shown.target.quote.exact.slice(0, 160)}</q>
      </p>
      <div className="conflict-versions">
        {versions.map(([label, version]) => (
          <section key={label} aria-label={label}>
            <h4>{label}</h4>
            <VersionView annotation={version} />
            <button type="button" onClick={() => onKeep(version, label)} disabled={!!kept}>
              Keep this version
            </button>
          </section>
        ))}
      </div>
      {kept ? <p role="status">Kept: {kept}. The other is kept in the history.</p> : null}
    </li>
  );
}
