import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import type { AnnotatorController } from '../../annotator/controller.ts';
import { annotatePdf, pdfPageSource } from '../../annotator/integrations/pdf.ts';
import { canonicalUrl, documentKey } from '../../utils/formats/document-key.ts';
import { currentTranslator, t } from '../../utils/i18n/ui-language.ts';
import { extractPdfText } from '../../utils/pdf/extract.ts';
import { pdfIdentity } from '../../utils/pdf/identity.ts';
import { type TextHealth, textHealth } from '../../utils/pdf/text-health.ts';
import { tableOfContents } from '../../utils/un/contents.ts';
import { outlineText } from '../../utils/un/outline.ts';
import { parseSymbol } from '../../utils/un/symbol-grammar.ts';
import type { OpenedPdf } from './open-pdf.ts';
import { PdfPagesView } from './page-view.ts';
import { recoverText } from './recover-text.ts';
import { viewerStore } from './state.ts';

export interface LoadedDocument {
  view: PdfPagesView;
  source: ReturnType<typeof pdfPageSource>;
  controller: AnnotatorController;
}

/** Text content read once per page: the extraction and the text layer must see the same items. */
function textContentCache(pdf: PDFDocumentProxy) {
  const cache = new Map<number, Promise<TextContent>>();
  return (page: number) => {
    let content = cache.get(page);
    if (!content) {
      content = pdf.getPage(page + 1).then((proxy) => proxy.getTextContent());
      cache.set(page, content);
    }
    return content;
  };
}

/**
 * Shows the PDF at once (placeholders, the first pages drawn), extracts the text of all its
 * pages meanwhile, then starts the annotator on that text. A text layer of glyph numbers is
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
  await view.show(pdf);
  viewerStore.set({ pageCount: pdf.numPages, phase: 'ready', message: t('viewer.readingText') });
  // The first page first: the worker would otherwise read every page's text before drawing it.
  await view.ensureRendered(0);

  const { pages, text } = await extractPdfText({
    numPages: pdf.numPages,
    getPage: async (pageNumber) => {
      const page = await pdf.getPage(pageNumber);
      return {
        getViewport: (options) => page.getViewport(options),
        getTextContent: () => textContent(pageNumber - 1),
      };
    },
  });
  const found = outlineText(text.text);
  const named =
    'url' in opened.source ? { url: opened.source.url } : { fileName: opened.source.fileName };
  const identity = pdfIdentity(named, text.text, found.language);
  const fingerprint = pdf.fingerprints[0] ?? 'unknown';
  const url =
    'url' in opened.source ? canonicalUrl(opened.source.url) : `urn:redline:pdf:${fingerprint}`;
  const family = identity.symbol ? parseSymbol(identity.symbol)?.family : undefined;
  const title =
    found.title ?? identity.symbol ?? ('fileName' in opened.source ? opened.source.fileName : url);
  const source = pdfPageSource(
    {
      documentKey: documentKey({ ...identity, url }),
      url,
      ...identity,
      ...(family ? { family } : {}),
      title,
      text,
      outline: { ...found, ...identity, units: found.units },
    },
    view,
  );
  document.title = `${identity.symbol ?? title} — Redline`;
  // Selection, search and comments on a text layer of glyph numbers would be garbage.
  const health = textHealth(pages, identity.language);
  let notice = recovered ?? '';
  if (health.broken) {
    viewerStore.set({ title, message: brokenTextNotice(health) });
    const recovery = await recoverText(opened, identity.language);
    if (recovery && 'opened' in recovery) {
      view.close();
      await pdf.destroy();
      return loadDocument(recovery.opened, container, recovery.notice);
    }
    notice = `${brokenTextNotice(health)} ${
      recovery
        ? t('viewer.recovery.failed', { reason: recovery.failed })
        : t('viewer.recovery.cancelled')
    }`;
  }
  viewerStore.set({ title, toc: tableOfContents(found), message: notice });
  controller = await annotatePdf(source);
  return { view, source, controller };
}

/** Which pages hold glyph numbers instead of letters, and how to recover their text. */
function brokenTextNotice(health: TextHealth): string {
  const broken = health.pages.filter((page) => page.broken).map((page) => page.page);
  const every = broken.length === health.pages.length;
  return t('viewer.brokenText', {
    pages: every ? 0 : broken.length,
    list: currentTranslator().formatList(broken.map(String)),
  });
}
