import type { AnchorInfo } from '../utils/annotations/workbench.ts';
import { UNPLACED_REASON_KEYS } from '../utils/i18n/unplaced-reason.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';

/** How sure Redline is that a comment sits on its words: shown, never hidden. */
export function StatusBadge({ anchor }: { anchor?: AnchorInfo }) {
  const { t, formatNumber } = useTranslator();
  if (!anchor) return <span className="status status-unknown">{t('anchor.unknown')}</span>;
  const score =
    anchor.status === 'fuzzy' && anchor.score !== undefined
      ? ` ${formatNumber(Math.round(anchor.score * 100))}%`
      : '';
  return (
    <span
      className={`status status-${anchor.status}`}
      title={anchor.reason && t(UNPLACED_REASON_KEYS[anchor.reason])}
    >
      {t(`anchor.${anchor.status}`)}
      {score}
    </span>
  );
}
