import { useTranslator } from '../utils/i18n/use-translator.ts';
import { type ReadingProgress, useSharedImport } from '../utils/sharing/use-shared-import.ts';
import { ConflictChoice } from './ConflictChoice.tsx';
import { FileDrop } from './FileDrop.tsx';
import { ImportErrors } from './ImportErrors.tsx';
import { ImportPreview, ReportCounts } from './ImportPreview.tsx';

const ACCEPT = '.json,.jsonld,.pdf,application/json,application/ld+json,application/pdf';

/** What the reader is doing, with a bar: filled as far as it has come, moving when it cannot tell. */
function ReadingStatus({
  fileName: file,
  progress,
}: {
  fileName: string;
  progress: ReadingProgress | undefined;
}) {
  const { t } = useTranslator();
  let text = t('import.reading', { file });
  if (progress?.phase === 'scanning') {
    text = t('import.scanning', { file, share: progress.done / progress.total });
  } else if (progress?.phase === 'parsing') {
    text = t('import.parsing', { file });
  } else if (progress?.phase === 'checking') {
    text = t('import.checking', { file, done: progress.done, total: progress.total });
  } else if (progress?.phase === 'comparing') {
    text = t('import.comparing', { total: progress.total });
  }
  const counted = progress && 'done' in progress;
  return (
    <p role="status">
      <label>
        {text}{' '}
        <progress
          max={counted ? progress.total : undefined}
          value={counted ? progress.done : undefined}
        />
      </label>
    </p>
  );
}

/**
 * Import of a colleague's set, a W3C or a Hypothesis file, or a PDF annotated in any PDF tool, the same in the side panel and the
 * options page: pick or drop (passages of another tool's file on the open document's page anchor
 * onto that document), preview, apply or cancel, settle conflicts.
 */
export function SharedImport({ documentKey }: { documentKey?: string }) {
  const { state, read, apply, keep, cancel } = useSharedImport(documentKey);
  const { t } = useTranslator();
  return (
    <div className="shared-import">
      {state.step === 'idle' || state.step === 'applied' ? (
        <FileDrop label={t('import.shared')} accept={ACCEPT} onFile={(file) => void read(file)} />
      ) : null}
      {state.step === 'reading' ? (
        <ReadingStatus fileName={state.fileName} progress={state.progress} />
      ) : null}
      {state.step === 'writing' ? (
        <p role="status">
          <label>
            {t('import.writing', {
              fileName: state.fileName,
              written: state.progress.written,
              total: state.progress.total,
            })}{' '}
            <progress max={state.progress.total} value={state.progress.written} />
          </label>
        </p>
      ) : null}
      {state.step === 'refused' ? (
        <ImportErrors fileName={state.fileName} errors={state.errors} onDismiss={cancel} />
      ) : null}
      {state.step === 'preview' ? (
        <ImportPreview
          fileName={state.fileName}
          shared={state.shared}
          report={state.report}
          onApply={() => void apply()}
          onCancel={cancel}
        />
      ) : null}
      {state.step === 'applied' ? (
        <section aria-label={t('import.done')}>
          <p role="status">{t('import.imported', { file: state.fileName })}</p>
          <ReportCounts report={state.report} />
          {state.report.conflicts.length > 0 ? (
            <>
              <h3>{t('import.chooseVersion')}</h3>
              <ul className="conflicts">
                {state.report.conflicts.map(({ winner, loser }) => (
                  <ConflictChoice
                    key={winner.id}
                    shown={winner}
                    other={loser}
                    kept={state.kept[winner.id]}
                    onKeep={(version, label) => void keep(version, label)}
                  />
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
