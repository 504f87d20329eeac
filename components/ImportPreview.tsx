import type { ImportReport } from '../utils/db/import.ts';
import type { SharedFile } from '../utils/formats/import/parse-file.ts';

const KINDS: Record<SharedFile['kind'], string> = {
  redline: 'Redline annotation set',
  w3c: 'W3C Web Annotations',
  hypothesis: 'Hypothesis export',
  pdf: 'PDF with comments',
};

/** The rows of an import report, in the words a user reads them. */
export function reportRows(counts: ImportReport['counts']): Array<[string, number]> {
  return [
    ['new', counts.new],
    ['updated', counts.updated],
    ['unchanged', counts.unchanged],
    ['in conflict (both versions kept)', counts.conflicts],
    ['older than yours, ignored', counts.olderIgnored],
    ['deletions', counts.tombstones],
    ['refused: same id on another document', counts.collisions],
    ['new documents', counts.newDocuments],
  ];
}

export function ReportCounts({ report }: { report: ImportReport }) {
  return (
    <ul className="import-counts">
      {reportRows(report.counts).map(([label, count]) => (
        <li key={label} className={count === 0 ? 'muted' : undefined}>
          {count} {label}
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
  return (
    <section aria-label="Import preview" className="import-preview">
      <h3>
        {fileName}: {KINDS[shared.kind]}
      </h3>
      <p>
        {file.annotations.length} annotations in{' '}
        {file.sets.map((set, index) => (
          <span key={set.id}>
            {index > 0 ? ', ' : ''}
            <span className="swatch" style={{ background: set.colour }} aria-hidden="true" />
            {set.name}
            {set.owner?.organisation ? ` (${set.owner.organisation})` : ''}
          </span>
        ))}
        . Nothing is written until you apply.
      </p>
      <ReportCounts report={report} />
      {skipped.length > 0 ? (
        <details>
          <summary>{skipped.length} not imported</summary>
          <ul>
            {skipped.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <button type="button" onClick={onApply}>
        Apply import
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
