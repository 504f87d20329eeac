import { SharedImport } from '../../components/SharedImport.tsx';
import { useTranslator } from '../../utils/i18n/use-translator.ts';

/** Import of shared files from the options page: no document is open here. */
export function ImportSection() {
  const { t } = useTranslator();
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.heading')}</h2>
      <p className="muted">{t('import.hint')}</p>
      <SharedImport />
    </section>
  );
}
