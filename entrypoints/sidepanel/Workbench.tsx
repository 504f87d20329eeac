import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useState } from 'react';
import { DocumentSummary } from '../../components/DocumentSummary.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { getDb } from '../../utils/db/index.ts';
import { recentDocuments } from '../../utils/db/queries.ts';
import type { PageReport } from '../../utils/messaging/protocol.ts';
import { useActiveTabId, usePageReport } from './active-tab.ts';
import { BackupSuggestion } from './BackupSuggestion.tsx';
import { CommentsTab } from './CommentsTab.tsx';
import { ExportTab } from './ExportTab.tsx';
import { RevisionsTab } from './RevisionsTab.tsx';
import { SetsTab } from './SetsTab.tsx';

interface WorkbenchTab {
  id: string;
  label: string;
  render: (context: { tabId: number | undefined; report: PageReport }) => ReactNode;
}

/** The workbench's views of the document in the tab beside it; each view is its own file. */
const TABS: WorkbenchTab[] = [
  { id: 'comments', label: 'Comments', render: (context) => <CommentsTab {...context} /> },
  { id: 'revisions', label: 'Revisions', render: (context) => <RevisionsTab {...context} /> },
  { id: 'export', label: 'Export', render: (context) => <ExportTab {...context} /> },
  { id: 'sets', label: 'Sets', render: (context) => <SetsTab {...context} /> },
];

/** The tab an arrow, Home or End key moves to, as the ARIA tabs pattern has it. */
function arrowTarget(key: string, from: number): WorkbenchTab | undefined {
  const last = TABS.length - 1;
  const to = { ArrowRight: from + 1, ArrowLeft: from - 1, Home: 0, End: last }[key];
  if (to === undefined) return undefined;
  return TABS[(to + TABS.length) % TABS.length];
}

export function Workbench() {
  const tabId = useActiveTabId();
  const report = usePageReport(tabId);
  const [current, setCurrent] = useState('comments');
  const recent = useLiveQuery(() => recentDocuments(getDb(), 10), []);

  if (!report) {
    return (
      <PageShell title="Redline workbench">
        <BackupSuggestion />
        <p>Open a UN draft to see its comments here, article by article.</p>
        <section aria-label="Recent documents">
          {recent?.map((document) => (
            <DocumentSummary key={document.key} document={document} />
          ))}
        </section>
      </PageShell>
    );
  }

  const active = TABS.find((tab) => tab.id === current) ?? (TABS[0] as WorkbenchTab);
  return (
    <PageShell title="Redline workbench">
      <BackupSuggestion />
      <p className="document-title">{report.title ?? report.documentKey}</p>
      <div role="tablist" aria-label="Workbench views" className="tabs">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === active.id ? 0 : -1}
            onClick={() => setCurrent(tab.id)}
            onKeyDown={(event) => {
              const next = arrowTarget(event.key, TABS.indexOf(tab));
              if (next === undefined) return;
              event.preventDefault();
              setCurrent(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`}>
        {active.render({ tabId, report })}
      </div>
    </PageShell>
  );
}
