import { useLiveQuery } from 'dexie-react-hooks';
import { DocumentSummary } from '../../components/DocumentSummary.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { getDb } from '../../utils/db/index.ts';

export function Workbench() {
  const documents = useLiveQuery(
    () => getDb().documents.orderBy('lastSeenAt').reverse().limit(20).toArray(),
    [],
  );
  return (
    <PageShell title="Redline workbench">
      <section aria-label="Recent documents">
        {documents?.length === 0 ? <p>No UN documents opened yet.</p> : null}
        {documents?.map((document) => (
          <DocumentSummary key={document.key} document={document} />
        ))}
      </section>
    </PageShell>
  );
}
