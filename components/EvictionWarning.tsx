import { useTranslator } from '../utils/i18n/use-translator.ts';

/** Shown when the browser deleted Redline's database: loud, until the user acts on it. */
export function EvictionWarning({
  onRestore,
  onDismiss,
}: {
  onRestore?: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslator();
  return (
    <section className="eviction-warning" role="alert" aria-label={t('eviction.region')}>
      <h2>{t('eviction.title')}</h2>
      <p>{t('eviction.body')}</p>
      {onRestore ? (
        <button type="button" onClick={onRestore}>
          {t('eviction.restore')}
        </button>
      ) : null}{' '}
      <button type="button" onClick={onDismiss}>
        {t('eviction.dismiss')}
      </button>
    </section>
  );
}
