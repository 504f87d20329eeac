/**
 * What Redline adds to a PDF once its first page is on screen: the text of every page, the
 * document's outline and name, a check of its text layer (recovered when it holds glyph numbers),
 * then the annotator. Loaded apart from the viewer so that none of it delays page 1.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import type { AnnotatorController } from '../../annotator/controller.ts';
import { annotatePdf, pdfPageSource } from '../../annotator/integrations/pdf.ts';
import { canonicalUrl, documentKey } from '../../utils/formats/document-key.ts';
import { currentTranslator, t } from '../../utils/i18n/ui-language.ts';
import { pdfDigest } from '../../utils/pdf/digest.ts';
import { extractPdfText } from '../../utils/pdf/extract.ts';
import { pdfIdentity } from '../../utils/pdf/identity.ts';
import { type TextHealth, textHealth } from '../../utils/pdf/text-health.ts';
import type { PdfPageItems } from '../../utils/pdf/types.ts';
import { tableOfContents } from '../../utils/un/contents.ts';
import { outlineText } from '../../utils/un/outline.ts';
import { parseSymbol } from '../../utils/un/symbol-grammar.ts';
import type { OpenedPdf } from './open-pdf.ts';
import type { PdfPagesView } from './page-view.ts';
import { type RecoveredPdf, recoverText } from './recover-text.ts';
import { viewerStore } from './state.ts';

export interface AnnotatedDocument {
  source: ReturnType<typeof pdfPageSource>;
  controller: AnnotatorController;
}

/**
 * Reads the shown PDF's text and starts the annotator on it; or, when its text layer was
 * recovered, the repaired document to show instead.
 */
export async function annotateDocument(
  opened: OpenedPdf,
  pdf: PDFDocumentProxy,
  view: PdfPagesView,
  textContent: (page: number) => Promise<TextContent>,
  recovered: string | undefined,
): Promise<AnnotatedDocument | { repaired: RecoveredPdf }> {
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
  let detail: string | undefined;
  if (health.broken) {
    viewerStore.set({ message: brokenTextNotice(health) });
    const recovery = await recoverText(opened, identity.language);
    if (recovery && 'opened' in recovery) return { repaired: recovery };
    notice = `${brokenTextNotice(health)} ${
      recovery ? t('viewer.recovery.failed') : t('viewer.recovery.cancelled')
    }`;
    detail = recovery?.failed;
  }
  viewerStore.set({ toc: tableOfContents(found), message: notice, detail });
  const controller = await annotatePdf(source);
  // A cache for the Export tab: a viewer that cannot keep it still works.
  void keepReading(pdf, pages).catch(() => undefined);
  return { source, controller };
}

/**
 * What pdf.js read of every page, kept by the digest of the PDF's bytes: the Export tab then
 * places comments on this PDF without reading its pages again. The database loads only now.
 */
async function keepReading(pdf: PDFDocumentProxy, pages: readonly PdfPageItems[]): Promise<void> {
  const [{ getDb }, { keepPdfReading }, bytes] = await Promise.all([
    import('../../utils/db/index.ts'),
    import('../../utils/db/pdf-readings.ts'),
    pdf.getData(),
  ]);
  await keepPdfReading(getDb(), await pdfDigest(bytes), pages);
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
