import type { MessageKey } from '../locales/en.ts';
import type { ImportReport } from '../utils/db/import.ts';
import type { SharedFile } from '../utils/formats/import/parse-file.ts';
import { shownSetName } from '../utils/formats/layers.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';
import { ProblemText } from './TechnicalDetail.tsx';

const KINDS: Record<SharedFile['kind'], MessageKey> = {
  redline: 'import.kindRedline',
  w3c: 'import.kindW3c',
  hypothesis: 'import.kindHypothesis',
  pdf: 'import.kindPdf',
};

/** The rows of an import report, in the words a user reads them. */
function reportRows(counts: ImportReport['counts']): Array<[MessageKey, number]> {
  return [
    ['import.new', counts.new],
    ['import.updated', counts.updated],
    ['import.unchanged', counts.unchanged],
    ['import.conflicts', counts.conflicts],
    ['import.older', counts.olderIgnored],
    ['import.deletions', counts.tombstones],
    ['import.collisions', counts.collisions],
    ['import.newDocuments', counts.newDocuments],
  ];
}

export function ReportCounts({ report }: { report: ImportReport }) {
  const { t } = useTranslator();
  return (
    <ul className="import-counts">
      {reportRows(report.counts).map(([label, count]) => (
        <li key={label} className={count === 0 ? 'muted' : undefined}>
          {t(label, { count })}
        </li>
      ))}
    </ul>
  );
}

/** What an import would do, before anything is written: Apply or Cancel. */
export function ImportPreview({
  fileName,
  shared,
  report,
  onApply,
  onCancel,
}: {
  fileName: string;
  shared: SharedFile;
  report: ImportReport;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { file, skipped } = shared;
  const translator = useTranslator();
  const { t } = translator;
  return (
    <section aria-label={t('import.preview')} className="import-preview">
      <h3>{t('import.fileKind', { file: fileName, kind: t(KINDS[shared.kind]) })}</h3>
      <p>
        {t('import.holds', { count: file.annotations.length })}{' '}
        {file.sets.map((set, index) => (
          <span key={set.id}>
            {index > 0 ? ', ' : ''}
            <span className="swatch" style={{ background: set.colour }} aria-hidden="true" />
            <bdi>
              {shownSetName(set.name, { t })}
              {set.owner?.organisation ? ` (${set.owner.organisation})` : ''}
            </bdi>
          </span>
        ))}
      </p>
      <p className="muted">{t('import.untilApply')}</p>
      <ReportCounts report={report} />
      {skipped.length > 0 ? (
        <details>
          <summary>{t('import.skipped', { count: skipped.length })}</summary>
          <ul>
            {skipped.map((reason, index) => (
              // Two items may be skipped for the same reason; their place tells them apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
              <li key={index} dir="auto">
                <ProblemText problem={reason} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <button type="button" onClick={onApply}>
        {t('import.apply')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('import.cancel')}
      </button>
    </section>
  );
}
