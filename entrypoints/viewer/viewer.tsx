import { createRoot } from 'react-dom/client';
import './viewer.css';
import { loadCatalog } from '../../utils/i18n/catalogs.ts';
import { followLanguage, startLanguage, t } from '../../utils/i18n/ui-language.ts';
import { errorMessage } from '../../utils/messaging/client.ts';
import { readPdfsInWorker } from '../../utils/pdf-browser/open.ts';
import { findAll } from './find.ts';
import { type LoadedDocument, loadDocument } from './load-document.ts';
import { OpenError, type OpenedPdf, openPdfFile, openPdfUrl } from './open-pdf.ts';
import { viewerStore } from './state.ts';
import { ViewerChrome } from './ViewerChrome.tsx';

const FIND_HIGHLIGHT = 'viewer-find';
const pages = document.getElementById('pages') as HTMLElement;
let loaded: LoadedDocument | undefined;

function fail(error: unknown): void {
  viewerStore.set(
    error instanceof OpenError
      ? { phase: 'error', message: t(error.key, error.values), detail: error.detail }
      : { phase: 'error', message: t('viewer.cannotShow'), detail: errorMessage(error) },
  );
}

async function show(opening: Promise<OpenedPdf>): Promise<void> {
  if (loaded) {
    // One document per viewer tab: the annotator belongs to the document it started on.
    location.reload();
    return;
  }
  viewerStore.set({ phase: 'loading', message: t('viewer.opening') });
  try {
    loaded = await loadDocument(await opening, pages);
  } catch (error) {
    fail(error);
  }
}

const actions = {
  openFile(file: File) {
    if (loaded) {
      viewerStore.set({
        message: t('viewer.oneDocument'),
      });
      return;
    }
    void show(openPdfFile(file));
  },
  zoom(scale: number) {
    loaded?.view.setScale(scale);
    viewerStore.set({ scale });
  },
  goToPage(page: number) {
    loaded?.view.scrollToPage(page);
  },
  goToOffset(start: number) {
    loaded?.controller.scrollToOffset(start);
  },
  cancelRecovery() {
    // Recovery runs only once its module has loaded: this import then resolves at once.
    void import('./recover-text.ts').then((recovery) => recovery.cancelRecovery());
  },
  find(query: string, step: 1 | -1) {
    if (!loaded) return;
    const matches = findAll(loaded.source.search, query);
    const previous = viewerStore.get().find;
    const current =
      matches.length === 0
        ? -1
        : previous.query === query
          ? (previous.current + step + matches.length) % matches.length
          : 0;
    viewerStore.set({ find: { query, count: matches.length, current } });
    const match = matches[current];
    CSS.highlights.delete(FIND_HIGHLIGHT);
    if (!match) return;
    const source = loaded.source;
    void source.reveal(match.start).then(() => {
      const ranges = source.rangesFromOffsets(match.start, match.end);
      ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      CSS.highlights.set(FIND_HIGHLIGHT, new Highlight(...ranges));
    });
  },
};

/** What the viewer's first script (main.tsx) started before this module loaded. */
export interface ViewerStart {
  framed: boolean;
  /** The PDF the address names, downloading. */
  download?: { url: string; bytes: Promise<Uint8Array> };
  /** pdf.js's worker, compiling; every document of this tab is read in it. */
  pdfWorker?: Worker;
}

export async function startViewer({ framed, download, pdfWorker }: ViewerStart): Promise<void> {
  if (pdfWorker) readPdfsInWorker(pdfWorker);
  const opening = download ? openPdfUrl(download.url, download.bytes) : undefined;
  opening?.catch(() => undefined);

  // The viewer speaks the chosen language from its first paint, and follows a change at once.
  await startLanguage(loadCatalog);
  followLanguage(document.documentElement);
  // Until a document names the tab.
  document.title = t('viewer.title');
  createRoot(document.getElementById('chrome') as HTMLElement).render(
    <ViewerChrome actions={actions} />,
  );

  document.addEventListener('dragover', (event) => event.preventDefault());
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) actions.openFile(file);
  });
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'f') {
      event.preventDefault();
      document.querySelector<HTMLInputElement>('input[name="query"]')?.focus();
    }
  });

  if (framed) {
    // Another site framing the viewer could steer the user's clicks: open only in a tab of its own.
    fail(new OpenError('viewer.ownTab'));
  } else if (opening) {
    void show(opening);
  }
}
