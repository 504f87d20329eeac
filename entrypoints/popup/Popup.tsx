import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DocumentSummary } from '../../components/DocumentSummary.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { getDb } from '../../utils/db/index.ts';
import { canonicalUrl } from '../../utils/formats/document-key.ts';

async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

export function Popup() {
  const [tabUrl, setTabUrl] = useState<string>();
  useEffect(() => {
    void activeTabUrl().then(setTabUrl);
  }, []);
  const documents = useLiveQuery(async () => {
    if (!tabUrl || !/^https?:/.test(tabUrl)) return [];
    return getDb().documents.where('key').equals(canonicalUrl(tabUrl)).toArray();
  }, [tabUrl]);

  return (
    <PageShell title="Redline">
      {documents === undefined ? (
        <p>Looking at this tab…</p>
      ) : documents.length === 0 ? (
        <p>Redline has not seen a UN document in this tab.</p>
      ) : (
        <section aria-label="Documents in this tab">
          {documents.map((document) => (
            <DocumentSummary key={document.key} document={document} />
          ))}
        </section>
      )}
      <button type="button" onClick={() => void openSidePanel()}>
        Open the workbench
      </button>
    </PageShell>
  );
}

async function openSidePanel(): Promise<void> {
  const window = await browser.windows.getCurrent();
  if (window.id !== undefined) await browser.sidePanel.open({ windowId: window.id });
}
