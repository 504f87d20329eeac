import type { Annotation } from '../utils/formats/annotation.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';

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
  const { t, formatDate } = useTranslator();
  return (
    <details className="other-versions">
      <summary>{t('versions.others', { count: versions.length })}</summary>
      <ul>
        {versions.map((version) => (
          <li key={`${version.updatedAt}-${version.comment.length}`}>
            <p dir="auto">
              {version.comment || <span className="muted">{t('card.noComment')}</span>}
            </p>
            <p className="muted">
              <bdi>{version.author?.name || t('card.unnamedAuthor')}</bdi> ·{' '}
              {version.updatedAt ? formatDate(version.updatedAt, 'dateTime') : ''}
            </p>
            <button type="button" onClick={() => onRestore(version)}>
              {t('versions.restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
