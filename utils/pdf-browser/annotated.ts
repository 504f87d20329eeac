import type { Annotation } from '../formats/annotation.ts';
import type { ForeignImport } from '../formats/import/external-annotation.ts';
import { fail, type ParseResult } from '../formats/import/result.ts';
import { type AnnotatedPdf, annotatedPdf, readAnnotatedPdf } from '../pdf/annotated-pdf-flow.ts';
import type { PdfIdentity } from '../pdf/identity.ts';
import { openPdfBytes } from './open.ts';

/** The draft PDF with the comments as PDF annotations, in an extension page. */
export async function annotatedPdfInPage(
  original: Uint8Array,
  annotations: readonly Annotation[],
  colours: ReadonlyMap<string, string>,
): Promise<AnnotatedPdf> {
  const pdf = await openPdfBytes(original);
  try {
    return await annotatedPdf(original, pdf, annotations, colours);
  } finally {
    await pdf.destroy();
  }
}

/** A colleague's annotated PDF read in an extension page, as a set file; refused whole if unreadable. */
export async function readAnnotatedPdfInPage(
  bytes: Uint8Array,
  fileName: string,
  documentKeyFor: (identity: PdfIdentity) => string,
): Promise<ParseResult<ForeignImport>> {
  const opened: Array<{ destroy(): Promise<void> }> = [];
  try {
    return await readAnnotatedPdf(
      bytes,
      async (data) => {
        const pdf = await openPdfBytes(data);
        opened.push(pdf);
        return pdf;
      },
      { fileName, documentKeyFor },
    );
  } catch (error) {
    return fail(`${fileName} is not a readable PDF (${(error as Error).message})`);
  } finally {
    for (const pdf of opened) await pdf.destroy();
  }
}
