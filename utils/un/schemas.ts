import { z } from 'zod';
import { UN_LANGUAGES } from './languages.ts';

/** The shapes `redline detect` and `redline outline` print (DESIGN.md, "The command line"). */

export const UnLanguageSchema = z.enum(UN_LANGUAGES);

export const PageKind = z.enum(['listing', 'draft', 'other']);

export const ListedDocument = z.object({
  symbol: z.string(),
  family: z.string(),
  title: z.string().optional(),
  /** Each language version: its own file where the page links one, else a symbol service's page. */
  languages: z.partialRecord(UnLanguageSchema, z.string()),
  /** The symbol's own link to a UN document service (undocs.org, ODS), when the page gives one. */
  symbolLink: z.string().optional(),
});

export const DetectResult = z.object({
  kind: PageKind,
  symbol: z.string().optional(),
  documents: z.array(ListedDocument),
});

/**
 * What a UN document is, by its structure: a treaty text (articles), a resolution or draft
 * resolution (preambular and operative paragraphs), a report (numbered paragraphs under
 * chapters), interpretative or explanatory notes (paragraphs keyed to articles of another
 * document), or an agenda (numbered items).
 */
export const DocumentShape = z.enum(['treaty', 'resolution', 'report', 'notes', 'agenda']);

export const UnitKind = z.enum([
  'preamble',
  'part',
  'chapter',
  'section',
  'article',
  'paragraph',
  'subparagraph',
  'item',
  'annex',
]);

const UnitFields = z.object({
  kind: UnitKind,
  number: z.string().optional(),
  title: z.string().optional(),
  /** The human address submissions cite: `Art. 7(1)(b)`, `Preamble para. 3`. */
  address: z.string(),
  /** UTF-16 offsets into the extracted text; `end` is exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** In interpretative notes: the provision of the other document a note explains (`Art. 2(a)`). */
  explains: z.string().optional(),
  /**
   * In notes on several instruments (a convention and its protocols): the heading naming the
   * instrument whose provision the note explains, as the notes document writes it.
   */
  explainsIn: z.string().optional(),
});

export type OutlineUnit = z.infer<typeof UnitFields> & { children: OutlineUnit[] };

export const OutlineUnit: z.ZodType<OutlineUnit> = UnitFields.extend({
  children: z.array(z.lazy(() => OutlineUnit)),
});

export const Outline = z.object({
  symbol: z.string().optional(),
  title: z.string().optional(),
  language: UnLanguageSchema.optional(),
  shape: DocumentShape.optional(),
  units: z.array(OutlineUnit),
});

export type PageKind = z.infer<typeof PageKind>;
export type ListedDocument = z.infer<typeof ListedDocument>;
export type DetectResult = z.infer<typeof DetectResult>;
export type UnitKind = z.infer<typeof UnitKind>;
export type DocumentShape = z.infer<typeof DocumentShape>;
export type Outline = z.infer<typeof Outline>;
