import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import type { AnnotatorController } from '../../annotator/controller.ts';
import { t } from '../../utils/i18n/ui-language.ts';
import { withDrawnSpacesOnly } from '../../utils/pdf/drawn-spaces.ts';
import type { AnnotatedDocument } from './annotate-document.ts';
import type { OpenedPdf } from './open-pdf.ts';
import { PdfPagesView } from './page-view.ts';
import { viewerStore } from './state.ts';

export interface LoadedDocument extends AnnotatedDocument {
  view: PdfPagesView;
}

/** Text content read once per page: the extraction and the text layer must see the same items. */
function textContentCache(pdf: PDFDocumentProxy) {
  const cache = new Map<number, Promise<TextContent>>();
  return (page: number) => {
    let content = cache.get(page);
    if (!content) {
      content = pdf.getPage(page + 1).then(async (proxy) => {
        const read = await proxy.getTextContent();
        // The text layer holds the spaces the extraction reads: none pdf.js invented.
        return { ...read, items: withDrawnSpacesOnly(read.items) };
      });
      cache.set(page, content);
    }
    return content;
  };
}

/**
 * Shows the PDF at once (placeholders, page 1 drawn), then extracts the text of all its pages
 * and starts the annotator on that text (annotate-document.ts). A text layer of glyph numbers is
 * recovered first, and the document shown again from the repaired bytes; `recovered` says how.
 */
export async function loadDocument(
  opened: OpenedPdf,
  container: HTMLElement,
  recovered?: string,
): Promise<LoadedDocument> {
  const { pdf } = opened;
  const textContent = textContentCache(pdf);
  let controller: AnnotatorController | undefined;
  let repaintQueued = false;
  const view = new PdfPagesView(
    container,
    textContent,
    () => {
      if (repaintQueued) return;
      repaintQueued = true;
      requestAnimationFrame(() => {
        repaintQueued = false;
        controller?.repaint();
      });
    },
    (page) => viewerStore.set({ page }),
  );
  // Page 1 first: the worker would otherwise read every page's text before drawing it.
  await view.show(pdf);
  // When the user can read and select page 1 (bench/pdf reads it).
  performance.mark('redline:first-page');
  viewerStore.set({ pageCount: pdf.numPages, phase: 'ready', message: t('viewer.readingText') });

  // Redline's own work waits for page 1: its code loads only now.
  const { annotateDocument } = await import('./annotate-document.ts');
  const annotated = await annotateDocument(opened, pdf, view, textContent, recovered);
  if ('repaired' in annotated) {
    view.close();
    await pdf.destroy();
    return loadDocument(annotated.repaired.opened, container, annotated.repaired.notice);
  }
  controller = annotated.controller;
  return { view, ...annotated };
}
