import type { Problem } from '../utils/formats/import/problem.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';
import { ProblemText } from './TechnicalDetail.tsx';

/** Why a file was refused, every reason, and what happened: nothing. */
export function ImportErrors({
  fileName,
  errors,
  onDismiss,
}: {
  fileName: string;
  errors: Problem[];
  onDismiss: () => void;
}) {
  const translator = useTranslator();
  const { t } = translator;
  return (
    <section aria-label={t('import.refused')} className="import-errors" role="alert">
      <h3>{t('import.notImported', { file: fileName })}</h3>
      <p>{t('import.nothingWritten')}</p>
      <ul>
        {errors.map((error, index) => (
          // Two reasons may read the same; their place in the list tells them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
          <li key={index} dir="auto">
            <ProblemText problem={error} />
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </section>
  );
}
