import { z } from 'zod';

/**
 * Bounds on selectors read from untrusted files and pages. They live here, not in
 * formats/limits.ts, so that anchoring depends on no format; the formats take them from here.
 */
export const SELECTOR_LIMITS = { quote: 20_000, shortText: 500 } as const;

/**
 * Selector shapes follow the W3C Web Annotation model so annotation files stay readable by other
 * tools; the structural selector is Redline's own addition (article/paragraph address).
 */
export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().max(SELECTOR_LIMITS.quote),
  prefix: z.string().max(SELECTOR_LIMITS.shortText),
  suffix: z.string().max(SELECTOR_LIMITS.shortText),
});

export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((selector) => selector.end >= selector.start, { message: 'end must not precede start' });

export const structuralSelectorSchema = z.strictObject({
  type: z.literal('StructuralSelector'),
  /** Human address of the deepest unit holding the passage's start, e.g. `Art. 7(1)(b)`. */
  address: z.string().min(1).max(SELECTOR_LIMITS.shortText),
  /** Where the passage starts inside that unit. */
  offset: z.number().int().nonnegative(),
  unitLength: z.number().int().nonnegative(),
});

export const selectorSchema = z.union([
  textQuoteSelectorSchema,
  textPositionSelectorSchema,
  structuralSelectorSchema,
]);

/** Everything needed to find a passage again, in this or a later version of the document. */
export const passageSelectorsSchema = z.strictObject({
  quote: textQuoteSelectorSchema,
  /** Absent when the file it came from gave only a quote: the quote finds the passage. */
  position: textPositionSelectorSchema.optional(),
  structure: structuralSelectorSchema.optional(),
  /** Fingerprint of the document text the passage was chosen in (see fingerprint.ts). */
  documentVersion: z.string().max(SELECTOR_LIMITS.shortText),
});

export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;
export type StructuralSelector = z.infer<typeof structuralSelectorSchema>;
export type Selector = z.infer<typeof selectorSchema>;
export type PassageSelectors = z.infer<typeof passageSelectorsSchema>;
