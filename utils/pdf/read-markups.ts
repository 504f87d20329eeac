import {
  EncryptedPDFError,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRef,
  PDFStream,
  PDFString,
} from '@cantoo/pdf-lib';
import { z } from 'zod';
import { describeIssues } from '../formats/import/describe-issues.ts';
import { type Problem, problem, technicalProblem } from '../formats/import/problem.ts';
import { fail, type ParseResult, succeed } from '../formats/import/result.ts';
import { LIMITS } from '../formats/limits.ts';

/** The kinds of PDF annotation that carry a reviewer's comment on text. */
export const COMMENT_SUBTYPES = [
  'Highlight',
  'Underline',
  'StrikeOut',
  'Squiggly',
  'Text',
  'FreeText',
] as const;
export type CommentSubtype = (typeof COMMENT_SUBTYPES)[number];
const MARKUP_ON_TEXT = new Set<string>(['Highlight', 'Underline', 'StrikeOut', 'Squiggly']);

/** Bounds for a colleague's PDF: a hostile one is refused before any of it is read further. */
export const PDF_IMPORT_LIMITS = {
  maxBytes: 100 * 1024 * 1024,
  maxAnnotations: 5_000,
  maxQuadsPerAnnotation: 2_000,
};

/** A comment someone left in a PDF, as its annotation dictionary says it. */
export const PdfNote = z.object({
  /** 0-based page index. */
  page: z.number().int().nonnegative(),
  /** Object number of the annotation: how replies point at it. */
  ref: z.string(),
  subtype: z.enum(COMMENT_SUBTYPES),
  quads: z
    .array(
      z.tuple([
        z.number(),
        z.number(),
        z.number(),
        z.number(),
        z.number(),
        z.number(),
        z.number(),
        z.number(),
      ]),
    )
    .max(PDF_IMPORT_LIMITS.maxQuadsPerAnnotation),
  rect: z.array(z.number()).length(4),
  contents: z.string().max(LIMITS.longText),
  author: z.string().max(LIMITS.shortText),
  /** The annotation's own name (NM), unique on its page. */
  name: z.string().max(LIMITS.shortText).optional(),
  created: z.string().optional(),
  modified: z.string().optional(),
  inReplyTo: z.string().optional(),
});
export type PdfNote = z.infer<typeof PdfNote>;

export interface PdfNotes {
  notes: PdfNote[];
  /** Annotations that are not comments on text, and why they were left out. */
  skipped: Problem[];
  /** The file's own dates, for notes that carry none. */
  fileDate?: string;
}

/** Raw string bytes beyond which a text is refused undecoded: hex doubles them, UTF-16 again. */
const MAX_RAW_TEXT = 4 * LIMITS.longText + 8;

class OversizedText extends Error {}

function text(value: PDFObject | undefined): string | undefined {
  if (!(value instanceof PDFString || value instanceof PDFHexString)) return undefined;
  // Decoding a huge string overflows the stack in the PDF library: measure it first.
  if (value.asString().length > MAX_RAW_TEXT) throw new OversizedText();
  return value.decodeText();
}

function numbers(value: PDFObject | undefined): number[] {
  if (!(value instanceof PDFArray)) return [];
  return value.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : Number.NaN));
}

function date(value: PDFObject | undefined): string | undefined {
  if (!(value instanceof PDFString || value instanceof PDFHexString)) return undefined;
  try {
    const parsed = value.decodeDate();
    return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
  } catch {
    // Some tools write free text in M: the date is then unknown.
    return undefined;
  }
}

const JS = PDFName.of('JS');
const S = PDFName.of('S');
const JAVASCRIPT = PDFName.of('JavaScript');

/** Whether any object of the file is or holds a JavaScript action. */
function hasJavaScript(doc: PDFDocument): boolean {
  const seen = new Set<PDFObject>();
  const visit = (object: PDFObject | undefined, depth: number): boolean => {
    if (!object || depth > 32 || seen.has(object) || object instanceof PDFRef) return false;
    seen.add(object);
    const dict = object instanceof PDFStream ? object.dict : object;
    if (dict instanceof PDFDict) {
      if (dict.has(JS) || dict.get(S) === JAVASCRIPT || dict.has(JAVASCRIPT)) return true;
      return dict.entries().some(([, value]) => visit(value, depth + 1));
    }
    if (dict instanceof PDFArray) return dict.asArray().some((value) => visit(value, depth + 1));
    return false;
  };
  return doc.context.enumerateIndirectObjects().some(([, object]) => visit(object, 0));
}

/**
 * The comments in a PDF's annotations, read with a PDF library rather than trusted: an
 * unreadable, encrypted or scripted file, too many annotations or an oversized note refuse
 * the whole file with the reason; annotations that are not comments are listed as skipped.
 */
export async function readPdfNotes(
  bytes: Uint8Array,
  name: string,
): Promise<ParseResult<PdfNotes>> {
  if (bytes.byteLength > PDF_IMPORT_LIMITS.maxBytes) {
    return fail(
      problem('pdfTooLarge', { name, maximum: PDF_IMPORT_LIMITS.maxBytes / 1024 / 1024 }),
    );
  }
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    if (error instanceof EncryptedPDFError) {
      return fail(problem('pdfEncrypted', { name }));
    }
    return fail(
      technicalProblem('pdfUnreadable', (error as Error).message.slice(0, 200), { name }),
    );
  }
  if (hasJavaScript(doc)) {
    return fail(problem('pdfScripted', { name }));
  }
  const pages = doc.getPages();
  const total = pages.reduce((sum, page) => sum + (page.node.Annots()?.size() ?? 0), 0);
  if (total > PDF_IMPORT_LIMITS.maxAnnotations) {
    return fail(
      problem('pdfTooManyAnnotations', {
        name,
        total,
        maximum: PDF_IMPORT_LIMITS.maxAnnotations,
      }),
    );
  }
  const notes: PdfNote[] = [];
  const skippedKinds = new Map<string, number>();
  const errors: Problem[] = [];
  pages.forEach((page, pageIndex) => {
    for (const entry of page.node.Annots()?.asArray() ?? []) {
      const dict = doc.context.lookup(entry);
      if (!(dict instanceof PDFDict)) continue;
      const subtype = dict.get(PDFName.of('Subtype'));
      const kind = subtype instanceof PDFName ? subtype.decodeText() : '(none)';
      if (kind === 'Popup') continue; // the window of another annotation, no comment of its own
      if (!(COMMENT_SUBTYPES as readonly string[]).includes(kind)) {
        skippedKinds.set(kind, (skippedKinds.get(kind) ?? 0) + 1);
        continue;
      }
      const quadNumbers = MARKUP_ON_TEXT.has(kind)
        ? numbers(dict.get(PDFName.of('QuadPoints')))
        : [];
      const irt = dict.get(PDFName.of('IRT'));
      const where = { name, kind, page: pageIndex + 1 };
      let candidate: Record<string, unknown>;
      try {
        candidate = {
          page: pageIndex,
          ref: entry instanceof PDFRef ? entry.tag : `${pageIndex}:${notes.length}`,
          subtype: kind,
          quads: Array.from({ length: Math.floor(quadNumbers.length / 8) }, (_, i) =>
            quadNumbers.slice(i * 8, i * 8 + 8),
          ),
          rect: numbers(dict.get(PDFName.of('Rect'))),
          contents: text(dict.get(PDFName.of('Contents'))) ?? '',
          author: text(dict.get(PDFName.of('T'))) ?? '',
          name: text(dict.get(PDFName.of('NM'))),
          created: date(dict.get(PDFName.of('CreationDate'))),
          modified: date(dict.get(PDFName.of('M'))),
          inReplyTo: irt instanceof PDFRef ? irt.tag : undefined,
        };
      } catch (error) {
        if (!(error instanceof OversizedText)) throw error;
        errors.push(problem('pdfNoteTooLong', { ...where, maximum: LIMITS.longText }));
        continue;
      }
      const parsed = PdfNote.safeParse(candidate);
      if (parsed.success) {
        notes.push(parsed.data);
        continue;
      }
      errors.push(
        parsed.error.issues.some((issue) => issue.path[0] === 'contents')
          ? problem('pdfNoteTooLong', { ...where, maximum: LIMITS.longText })
          : {
              code: 'pdfNoteInvalid',
              values: where,
              because: describeIssues(parsed.error.issues, candidate),
            },
      );
    }
  });
  if (errors.length > 0) return fail(...errors);
  const skipped = [...skippedKinds].map(([kind, count]) =>
    problem('pdfKindsLeftOut', { count, kind }),
  );
  const fileDay = doc.getModificationDate() ?? doc.getCreationDate();
  const fileDate = fileDay && !Number.isNaN(fileDay.getTime()) ? fileDay.toISOString() : undefined;
  return succeed({ notes, skipped, ...(fileDate ? { fileDate } : {}) });
}
