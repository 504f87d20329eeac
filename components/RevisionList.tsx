import { useTranslator } from '../utils/i18n/use-translator.ts';
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
  const { t } = useTranslator();
  return (
    <ul className="revisions" aria-label={t('revisionList.label', { family: family.family })}>
      {family.revisions.map((revision) => (
        <li key={revision.key}>
          <bdi>{revision.symbol ?? revision.title ?? revision.key}</bdi>
          {revision.key === currentKey ? t('revisionList.thisPage') : ''}
          {revision.key === family.newest.key ? t('revisionList.newest') : ''}
          {counts ? ` · ${t('strip.comments', { count: counts.get(revision.key) ?? 0 })}` : ''}
        </li>
      ))}
    </ul>
  );
}
