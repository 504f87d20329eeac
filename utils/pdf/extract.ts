import { withDrawnSpacesOnly } from './drawn-spaces.ts';
import { layoutPdfText } from './layout.ts';
import { withBaseLetters } from './right-to-left.ts';
import type { PdfPageItems, PdfText, PdfTextItem } from './types.ts';

/** What Redline needs of a pdf.js page proxy (browser or Node build alike). */
export interface PdfPageLike {
  getViewport(options: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: ReadonlyArray<object> }>;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
}

/** The page's text items, marked-content entries left out, as the text layer counts them. */
export function textItemsOf(content: { items: ReadonlyArray<object> }): PdfTextItem[] {
  return content.items.filter((item): item is PdfTextItem => 'str' in item);
}

/** Reads one page's size and text items. */
export async function readPageItems(page: PdfPageLike): Promise<PdfPageItems> {
  const { width, height } = page.getViewport({ scale: 1 });
  return {
    width,
    height,
    items: withDrawnSpacesOnly(textItemsOf(await page.getTextContent())).map(withBaseLetters),
  };
}

/**
 * The draft text of a whole PDF, and each page's items (the viewer hands them to the text layer,
 * so its spans are the items mapped here). The viewer, the command line and the benchmark all
 * extract through this one function.
 */
export async function extractPdfText(
  pdf: PdfDocumentLike,
): Promise<{ pages: PdfPageItems[]; text: PdfText }> {
  const pages = await readPdfPages(pdf);
  return { pages, text: layoutPdfText(pages) };
}

/** Every page's size and text items, read together. */
export function readPdfPages(pdf: PdfDocumentLike): Promise<PdfPageItems[]> {
  return Promise.all(
    Array.from({ length: pdf.numPages }, async (_, index) =>
      readPageItems(await pdf.getPage(index + 1)),
    ),
  );
}
