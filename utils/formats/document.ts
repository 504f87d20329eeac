import { z } from 'zod';
import { LIMITS } from './limits.ts';

export const DocumentKind = z.enum(['html', 'pdf']);

/** A document Redline has seen; its key comes from `documentKey`. */
export const DocumentRecord = z.object({
  key: z.string().min(1).max(LIMITS.url),
  symbol: z.string().max(LIMITS.shortText).optional(),
  family: z.string().max(LIMITS.shortText).optional(),
  language: z.string().max(16).optional(),
  title: z.string().max(LIMITS.shortText).optional(),
  url: z.string().max(LIMITS.url),
  kind: DocumentKind,
  /** Fingerprints of every version of the text seen, newest last. */
  versions: z.array(z.string().max(LIMITS.shortText)).max(LIMITS.documentVersions),
  lastSeenAt: z.iso.datetime(),
});

export type DocumentKind = z.infer<typeof DocumentKind>;
export type DocumentRecord = z.infer<typeof DocumentRecord>;
