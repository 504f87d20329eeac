import {
  EncryptedPDFError,
  type PDFArray,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFPage,
  PDFString,
} from '@cantoo/pdf-lib';
import { boundsOf, type PageQuads } from './glyph-geometry.ts';

/** One passage's markup: a Highlight or StrikeOut per page it covers, all named by its id. */
export interface PdfMarkup {
  id: string;
  subtype: 'Highlight' | 'StrikeOut';
  pages: PageQuads[];
  contents: string;
  /** The note's title line in PDF readers: the author. */
  author: string;
  subject: string;
  created?: string;
  modified?: string;
  /** `#rrggbb`, the layer's colour. */
  colour: string;
}

/** Print flag: annotations print with the page, as reviewers expect. */
const PRINT = 4;

function rgbOf(colour: string): number[] {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour)?.[1] ?? 'ffd54f';
  return [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
}

/** A problem with the draft PDF itself, said so the user knows what to do. */
export class DraftPdfError extends Error {
  override name = 'DraftPdfError';
}

/**
 * The draft PDF with the markups added as standard annotations. The original bytes stay as they
 * are and the annotations follow them as an incremental update: a signed or certified draft
 * keeps its signature valid, and any PDF reader shows the notes.
 */
export async function addMarkupsToPdf(
  original: Uint8Array,
  markups: readonly PdfMarkup[],
): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(original, { forIncrementalUpdate: true, updateMetadata: false });
  } catch (error) {
    if (error instanceof EncryptedPDFError) {
      throw new DraftPdfError(
        'the draft PDF is encrypted; Redline adds comments only to unprotected PDFs',
      );
    }
    throw new DraftPdfError(`the draft PDF cannot be read (${(error as Error).message})`);
  }
  const pages = doc.getPages();
  // The incremental writer looks for the owner of every new object it sees change by searching
  // the whole file, once per array element: 1,000 annotations took minutes. New objects are
  // written whether tracked or not, so they are built untracked; only the pages' new Annots
  // are set with tracking on, which marks the pages changed.
  const tracking = doc.context.snapshot;
  doc.context.snapshot = undefined;
  const annots = new Map<number, PDFArray>();
  try {
    for (const markup of markups) {
      for (const part of markup.pages) {
        const page = pages[part.page];
        if (!page) throw new RangeError(`no page ${part.page + 1} in the draft PDF`);
        const annotation = doc.context.obj({
          Type: 'Annot',
          Subtype: markup.subtype,
          Rect: boundsOf(part.quads),
          QuadPoints: part.quads.flat(),
          Contents: PDFHexString.fromText(markup.contents),
          T: PDFHexString.fromText(markup.author),
          Subj: PDFHexString.fromText(markup.subject),
          NM: PDFHexString.fromText(markup.id),
          ...(markup.modified ? { M: PDFString.fromDate(new Date(markup.modified)) } : {}),
          ...(markup.created ? { CreationDate: PDFString.fromDate(new Date(markup.created)) } : {}),
          C: rgbOf(markup.colour),
          F: PRINT,
          P: page.ref,
        });
        let list = annots.get(part.page);
        if (!list) {
          list = doc.context.obj(page.node.Annots()?.asArray() ?? []);
          annots.set(part.page, list);
        }
        list.push(doc.context.register(annotation));
      }
    }
  } finally {
    doc.context.snapshot = tracking;
  }
  for (const [index, list] of annots) {
    (pages[index] as PDFPage).node.set(PDFName.of('Annots'), list);
  }
  return doc.save({ useObjectStreams: false });
}
