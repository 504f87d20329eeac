import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { AlwaysOpenPdfs } from '../../components/AlwaysOpenPdfs.tsx';
import { ListedDocuments } from '../../components/ListedDocuments.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { PdfTabCard } from '../../components/PdfTabCard.tsx';
import { RevisionList } from '../../components/RevisionList.tsx';
import { NoticeText } from '../../components/TechnicalDetail.tsx';
import { getDb } from '../../utils/db/index.ts';
import { allDocuments, commentCountForSymbol } from '../../utils/db/queries.ts';
import { failureNotice, type Notice } from '../../utils/i18n/notice.ts';
import { useTranslator } from '../../utils/i18n/use-translator.ts';
import { ensureAnnotator } from '../../utils/messaging/annotator-injection.ts';
import { failureAdvice } from '../../utils/messaging/failure-advice.ts';
import { annotatorFailureKey, pageSeenKey } from '../../utils/messaging/page-report.ts';
import type { AnnotatorFailure, PageSeen } from '../../utils/messaging/protocol.ts';
import { useSessionValue } from '../../utils/messaging/session-value.ts';
import { viewerUrl } from '../../utils/open-in-redline.ts';
import { isPdfUrl } from '../../utils/pdf/pdf-url.ts';
import { pinnedTabId } from '../../utils/pinned-tab.ts';
import { revisionFamilies } from '../../utils/revisions/family.ts';
import { symbolFromUrl } from '../../utils/un/symbol-link.ts';

interface ActiveTab {
  id: number;
  url?: string;
}

async function activeTab(): Promise<ActiveTab | undefined> {
  const pinned = pinnedTabId();
  const [tab] =
    pinned === undefined
      ? await browser.tabs.query({ active: true, currentWindow: true })
      : [await browser.tabs.get(pinned)];
  return tab?.id === undefined ? undefined : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
}

/** What this tab holds, and the quick actions: open a listed document, annotate, workbench. */
export function Popup() {
  const [tab, setTab] = useState<ActiveTab>();
  const [seen, setSeen] = useState<PageSeen | null>();
  const [status, setStatus] = useState<Notice>({ text: '' });
  const { t } = useTranslator();

  useEffect(() => {
    void activeTab().then(async (found) => {
      setTab(found);
      if (!found) return setSeen(null);
      const key = pageSeenKey(found.id);
      setSeen(((await browser.storage.session.get(key))[key] as PageSeen | undefined) ?? null);
    });
  }, []);

  const failure = useSessionValue<AnnotatorFailure>(tab ? annotatorFailureKey(tab.id) : undefined);
  const [retried, setRetried] = useState(false);
  // A retry worked once the background no longer keeps a failure for this tab.
  useEffect(() => {
    if (retried && !failure) setStatus({ text: t('popup.annotatorOn') });
  }, [retried, failure, t]);
  /** Loads the annotator; a failure once it runs comes back through `failure`. */
  const annotateThisPage = async (started: string) => {
    if (!tab) return;
    setStatus({ text: '' });
    try {
      await ensureAnnotator(tab.id);
      setStatus({ text: started });
    } catch (error) {
      setStatus(failureNotice(t('popup.cannotAnnotate'), error));
    }
  };

  const isDraft = seen?.kind === 'draft';
  // The browser's own PDF viewer: nothing of Redline runs there, so the PDF is all the popup
  // speaks of — no page report, no failure, no "annotate this page" that could not work.
  const pdfUrl = tab?.url !== undefined && isPdfUrl(tab.url) ? tab.url : undefined;
  if (pdfUrl && tab) {
    const named = symbolFromUrl(pdfUrl);
    return (
      <PageShell title={t('app.name')}>
        <div className="popup">
          <PdfTabCard
            {...(named ? { symbol: named.symbol } : {})}
            {...(named?.language ? { language: named.language } : {})}
            fileName={fileNameOf(pdfUrl)}
            onOpen={() => void browser.tabs.update(tab.id, { url: viewerUrl(pdfUrl) })}
          />
          <div className="actions">
            <button type="button" onClick={() => void openSidePanel()}>
              {t('popup.workbench')}
            </button>
          </div>
          <AlwaysOpenPdfs />
        </div>
      </PageShell>
    );
  }
  const openWorkbench = (
    <button type="button" className={isDraft ? 'primary' : ''} onClick={() => void openSidePanel()}>
      {t('popup.workbench')}
    </button>
  );

  return (
    <PageShell title={t('app.name')}>
      <div className="popup">
        {seen === undefined ? <p className="popup-status">{t('popup.looking')}</p> : null}
        {failure ? (
          <AnnotatorFailed
            failure={failure}
            onRetry={() => {
              setRetried(true);
              void annotateThisPage('');
            }}
          />
        ) : isDraft ? (
          <DraftCard {...(seen.symbol ? { symbol: seen.symbol } : {})} />
        ) : null}
        {isDraft && seen.symbol ? <DraftRevisions symbol={seen.symbol} /> : null}
        {seen === null && !failure && !retried ? (
          <p className="popup-status">{t('popup.nothingFound')}</p>
        ) : null}
        <div className="actions">
          {!isDraft ? (
            <button
              type="button"
              className={seen?.documents.length ? '' : 'primary'}
              onClick={() => void annotateThisPage(t('popup.annotatorOn'))}
            >
              {t('popup.annotate')}
            </button>
          ) : null}
          {openWorkbench}
        </div>
        {seen && seen.documents.length > 0 ? (
          <ListedDocuments
            documents={seen.documents}
            onOpen={(url) => void browser.tabs.create({ url })}
            onOpenInRedline={(url) => void browser.tabs.create({ url: viewerUrl(url) })}
          />
        ) : null}
        <AlwaysOpenPdfs />
        <p role="status">
          <NoticeText notice={status} />
        </p>
      </div>
    </PageShell>
  );
}

/** The draft in this tab, and how many comments this browser keeps on it. */
function DraftCard({ symbol }: { symbol?: string }) {
  const count = useLiveQuery(
    () => (symbol ? commentCountForSymbol(getDb(), symbol) : Promise.resolve(undefined)),
    [symbol],
  );
  const { t } = useTranslator();
  return (
    <section className="draft-card" aria-label={t('popup.thisDraft')}>
      <div>
        <strong>{symbol ? <bdi>{symbol}</bdi> : t('popup.aDraft')}</strong>
        <div className="muted">{t('popup.selectToComment')}</div>
      </div>
      {count !== undefined ? <span className="badge">{t('strip.comments', { count })}</span> : null}
    </section>
  );
}

/** The annotator is not running on this page: why, and a way to try again. */
function AnnotatorFailed({ failure, onRetry }: { failure: AnnotatorFailure; onRetry: () => void }) {
  const { t, formatTime } = useTranslator();
  return (
    <section role="alert" aria-label={t('popup.notRunning')}>
      <p>
        {t('popup.couldNotStart')} {t(failureAdvice(failure.reason))}
      </p>
      <details>
        <summary>{t('popup.technicalDetails')}</summary>
        <p>
          <code>{failure.reason}</code>
        </p>
      </details>
      <p className="muted">{t('popup.lastAttempt', { time: formatTime(failure.at) })}</p>
      <button type="button" onClick={onRetry}>
        {t('popup.tryAgain')}
      </button>
    </section>
  );
}

/** The last part of an address's path, as its user would read it. */
function fileNameOf(url: string): string {
  const last = new URL(url).pathname.split('/').pop() ?? url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Chrome has a side panel; Firefox shows the same page as its sidebar. */
async function openSidePanel(): Promise<void> {
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } })
    .sidebarAction;
  if (firefoxSidebar) return firefoxSidebar.open();
  const window = await browser.windows.getCurrent();
  if (window.id !== undefined) await browser.sidePanel.open({ windowId: window.id });
}

/** For a draft: which of its revisions this browser keeps, and which is newest. */
function DraftRevisions({ symbol }: { symbol: string }) {
  const family = useLiveQuery(async () => {
    const families = revisionFamilies(await allDocuments(getDb()));
    return families.find((candidate) => candidate.revisions.some((r) => r.symbol === symbol));
  }, [symbol]);
  if (!family || family.revisions.length < 2) return null;
  const current = family.revisions.find((revision) => revision.symbol === symbol);
  return <RevisionList family={family} {...(current ? { currentKey: current.key } : {})} />;
}
