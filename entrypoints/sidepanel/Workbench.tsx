import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useState } from 'react';
import { DocumentSummary } from '../../components/DocumentSummary.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import type { MessageKey } from '../../locales/en.ts';
import { getDb } from '../../utils/db/index.ts';
import { recentDocuments } from '../../utils/db/queries.ts';
import type { Direction } from '../../utils/i18n/translate.ts';
import { useTranslator } from '../../utils/i18n/use-translator.ts';
import type { PageReport } from '../../utils/messaging/protocol.ts';
import { useActiveTabId, usePageReport } from './active-tab.ts';
import { BackupSuggestion } from './BackupSuggestion.tsx';
import { CommentsTab } from './CommentsTab.tsx';
import { ExportTab } from './ExportTab.tsx';
import { RevisionsTab } from './RevisionsTab.tsx';
import { SetsTab } from './SetsTab.tsx';

interface WorkbenchTab {
  id: string;
  label: MessageKey;
  render: (context: { tabId: number | undefined; report: PageReport }) => ReactNode;
}

/** The workbench's views of the document in the tab beside it; each view is its own file. */
const TABS: WorkbenchTab[] = [
  {
    id: 'comments',
    label: 'workbench.comments',
    render: (context) => <CommentsTab {...context} />,
  },
  {
    id: 'revisions',
    label: 'workbench.revisions',
    render: (context) => <RevisionsTab {...context} />,
  },
  { id: 'export', label: 'workbench.export', render: (context) => <ExportTab {...context} /> },
  { id: 'sets', label: 'workbench.sets', render: (context) => <SetsTab {...context} /> },
];

/**
 * The tab an arrow, Home or End key moves to, as the ARIA tabs pattern has it; in a right to
 * left UI the tabs run from the right, so ArrowLeft moves forward.
 */
function arrowTarget(key: string, from: number, dir: Direction): WorkbenchTab | undefined {
  const last = TABS.length - 1;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const to = { [forward]: from + 1, [backward]: from - 1, Home: 0, End: last }[key];
  if (to === undefined) return undefined;
  return TABS[(to + TABS.length) % TABS.length];
}

export function Workbench() {
  const tabId = useActiveTabId();
  const report = usePageReport(tabId);
  const [current, setCurrent] = useState('comments');
  const recent = useLiveQuery(() => recentDocuments(getDb(), 10), []);
  const { t, dir } = useTranslator();

  if (!report) {
    return (
      <PageShell title={t('workbench.title')}>
        <BackupSuggestion />
        <p>{t('workbench.empty')}</p>
        <section aria-label={t('workbench.recent')}>
          {recent?.map((document) => (
            <DocumentSummary key={document.key} document={document} />
          ))}
        </section>
      </PageShell>
    );
  }

  const active = TABS.find((tab) => tab.id === current) ?? (TABS[0] as WorkbenchTab);
  return (
    <PageShell title={t('workbench.title')}>
      <BackupSuggestion />
      <p className="document-title" dir="auto">
        {report.title ?? report.documentKey}
      </p>
      <div role="tablist" aria-label={t('workbench.views')} className="tabs">
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
              const next = arrowTarget(event.key, TABS.indexOf(tab), dir);
              if (next === undefined) return;
              event.preventDefault();
              setCurrent(next.id);
              document.getElementById(`tab-${next.id}`)?.focus();
            }}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`}>
        {active.render({ tabId, report })}
      </div>
    </PageShell>
  );
}
