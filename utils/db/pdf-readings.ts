import type { PdfPageItems } from '../pdf/types.ts';
import type { RedlineDb } from './schema.ts';

/** How many PDFs' readings are kept: the drafts a user is working on, not every PDF opened. */
const READINGS_KEPT = 4;

/** What pdf.js read of the PDF with these bytes, when the viewer or an export read it lately. */
export async function storedPdfReading(
  db: RedlineDb,
  digest: string,
): Promise<PdfPageItems[] | undefined> {
  return (await db.pdfReadings.get(digest))?.pages;
}

/** Keeps a PDF's reading, and only the newest few: a 60-page draft's is about half a megabyte. */
export async function keepPdfReading(
  db: RedlineDb,
  digest: string,
  pages: readonly PdfPageItems[],
  now = new Date(),
): Promise<void> {
  await db.transaction('rw', db.pdfReadings, async () => {
    await db.pdfReadings.put({ digest, pages: [...pages], savedAt: now.toISOString() });
    const older = await db.pdfReadings
      .orderBy('savedAt')
      .reverse()
      .offset(READINGS_KEPT)
      .primaryKeys();
    await db.pdfReadings.bulkDelete(older);
  });
}
