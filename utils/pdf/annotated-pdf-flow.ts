import type { Annotation } from '../formats/annotation.ts';
import type { ForeignImport } from '../formats/import/external-annotation.ts';
import { technicalProblem } from '../formats/import/problem.ts';
import { fail, type ParseResult } from '../formats/import/result.ts';
import { loadCatalog } from '../i18n/catalogs.ts';
import { translator } from '../i18n/translate.ts';
import { labelLanguage } from '../un/languages.ts';
import { addMarkupsToPdf } from './annotated-pdf.ts';
import { timesWeights } from './char-weights.ts';
import { pdfDraftSearch } from './draft-search.ts';
import { extractPdfText, type PdfDocumentLike, readPdfPages } from './extract.ts';
import { type PdfIdentity, pdfIdentity } from './identity.ts';
import { layoutPdfText } from './layout.ts';
import { pdfNotesToSet } from './markup-import.ts';
import { type MarkupPlan, planMarkups } from './markup-plan.ts';
import { readPdfNotes } from './read-markups.ts';
import type { PdfPageItems } from './types.ts';

/** A PDF opened by pdf.js where the caller runs (an extension page, Node), and how to let it go. */
export interface OpenedPdfDocument {
  pdf: PdfDocumentLike;
  close(): Promise<void>;
}
export type OpenPdf = (bytes: Uint8Array) => Promise<OpenedPdfDocument>;

export interface AnnotatedPdf {
  bytes: Uint8Array;
  plan: MarkupPlan;
  /** Each page's items as pdf.js read them: what a later export of the same bytes can reuse. */
  pages: readonly PdfPageItems[];
}

/** Every page of the PDF read by pdf.js, as the viewer reads them. */
async function readPages(original: Uint8Array, open: OpenPdf): Promise<PdfPageItems[]> {
  const opened = await open(original);
  try {
    return await readPdfPages(opened.pdf);
  } finally {
    await opened.close();
  }
}

/**
 * The draft PDF with the comments as PDF annotations: its text read as the viewer reads it,
 * each comment's passage found in it, then the glyphs under the passage marked. What Redline
 * writes into the PDF is in the draft's language, as a submission is. Reading every page is most
 * of the work: given `read`, what pdf.js read of these very bytes before (by the viewer, or an
 * earlier export), no page is read again.
 */
export async function annotatedPdf(
  original: Uint8Array,
  open: OpenPdf,
  annotations: readonly Annotation[],
  colours: ReadonlyMap<string, string>,
  read?: readonly PdfPageItems[],
): Promise<AnnotatedPdf> {
  const pages = read ?? (await readPages(original, open));
  const text = layoutPdfText(pages);
  const { search, outline } = pdfDraftSearch(text.text);
  const language = labelLanguage(outline.language);
  await loadCatalog(language);
  const plan = planMarkups({
    pages,
    text,
    search,
    annotations,
    colours,
    commentSubject: translator(language).text('submission.comment'),
    weight: timesWeights(),
  });
  return { bytes: await addMarkupsToPdf(original, plan.markups), plan, pages };
}

export interface AnnotatedPdfSource {
  fileName: string;
  url?: string;
  /** The Redline document key for the PDF, from what its name and text say it is. */
  documentKeyFor: (identity: PdfIdentity, text: string) => string;
}

/**
 * A colleague's annotated PDF, read as a set file: the same preview and import as any set.
 * Refused whole, with nothing read into Redline, when it is no readable PDF.
 */
export async function readAnnotatedPdf(
  bytes: Uint8Array,
  open: OpenPdf,
  source: AnnotatedPdfSource,
): Promise<ParseResult<ForeignImport>> {
  let opened: OpenedPdfDocument | undefined;
  try {
    const notes = await readPdfNotes(bytes, source.fileName);
    if (!notes.ok) return notes;
    opened = await open(bytes);
    const { pages, text } = await extractPdfText(opened.pdf);
    const { search, outline } = pdfDraftSearch(text.text);
    const identity = pdfIdentity(
      { ...(source.url ? { url: source.url } : {}), fileName: source.fileName },
      text.text,
      outline.language,
    );
    return pdfNotesToSet({
      notes: notes.value,
      pages,
      text,
      search,
      fileName: source.fileName,
      source: source.url ?? source.fileName,
      documentKey: source.documentKeyFor(identity, text.text),
      ...(outline.title ? { title: outline.title } : {}),
      weight: timesWeights(),
    });
  } catch (error) {
    return fail(
      technicalProblem('pdfUnreadable', (error as Error).message, { name: source.fileName }),
    );
  } finally {
    await opened?.close();
  }
}
