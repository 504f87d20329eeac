import type { Annotation } from '../utils/formats/annotation.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';

function VersionView({ annotation }: { annotation: Annotation }) {
  const { t, formatDate } = useTranslator();
  return (
    <>
      <p dir="auto">{annotation.comment || <span className="muted">{t('card.noComment')}</span>}</p>
      {annotation.proposal ? (
        <p>
          {t('conflict.proposal', {
            kind: t(`proposal.${annotation.proposal.kind}`),
            text: annotation.proposal.text,
          })}
        </p>
      ) : null}
      {annotation.rationale ? (
        <p>{t('card.rationale', { rationale: annotation.rationale })}</p>
      ) : null}
      <p className="muted">
        <bdi>
          {annotation.author?.name || t('card.unnamedAuthor')}
          {annotation.author?.organisation ? `, ${annotation.author?.organisation}` : ''}
        </bdi>{' '}
        · {annotation.updatedAt ? formatDate(annotation.updatedAt, 'dateTime') : ''}
        {annotation.deleted ? t('conflict.deleted') : ''}
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
  const { t } = useTranslator();
  const versions: Array<[string, Annotation]> = [
    [t('conflict.shownNow'), shown],
    [t('conflict.other'), other],
  ];
  return (
    <li className="conflict">
      <p>
        <strong>
          <bdi>{shown.provision || t('carry.outside')}</bdi>
        </strong>
        : <q dir="auto">{shown.target.quote.exact.slice(0, 160)}</q>
      </p>
      <div className="conflict-versions">
        {versions.map(([label, version]) => (
          <section key={label} aria-label={label}>
            <h4>{label}</h4>
            <VersionView annotation={version} />
            <button type="button" onClick={() => onKeep(version, label)} disabled={!!kept}>
              {t('conflict.keep')}
            </button>
          </section>
        ))}
      </div>
      {kept ? <p role="status">{t('conflict.kept', { version: kept })}</p> : null}
    </li>
  );
}
