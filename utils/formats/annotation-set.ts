import { z } from 'zod';
import { LIMITS } from './limits.ts';

export const SetOrigin = z.enum(['own', 'imported']);

export const AnnotationSetInfo = z.strictObject({
  id: z.string().min(1).max(LIMITS.shortText),
  name: z.string().min(1).max(LIMITS.shortText),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i),
  origin: SetOrigin,
  owner: z
    .object({
      organisation: z.string().max(LIMITS.shortText).optional(),
      author: z.string().max(LIMITS.shortText).optional(),
    })
    .optional(),
  /** Whether its highlights show in the page and the side panel. */
  visible: z.boolean(),
  /** Absent for a layer read from a file that dates none of its annotations. */
  createdAt: z.iso.datetime().optional(),
  updatedAt: z.iso.datetime().optional(),
});

export type SetOrigin = z.infer<typeof SetOrigin>;
export type AnnotationSetInfo = z.infer<typeof AnnotationSetInfo>;

export { DEFAULT_SET_ID } from './default-set.ts';
