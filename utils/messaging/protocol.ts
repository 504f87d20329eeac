/** The messages content scripts and pages send to the background, as zod schemas. */
import { z } from 'zod';
import { DocumentKind, DocumentRecord } from '../formats/document.ts';
import { LIMITS } from '../formats/limits.ts';

const DocumentSeen = z.object({
  key: z.string().min(1).max(LIMITS.url),
  symbol: z.string().max(LIMITS.shortText).optional(),
  family: z.string().max(LIMITS.shortText).optional(),
  language: z.string().max(16).optional(),
  title: z.string().max(LIMITS.shortText).optional(),
  url: z.string().max(LIMITS.url),
  kind: DocumentKind,
  version: z.string().min(1).max(LIMITS.shortText),
  /** How many UN documents the page lists or holds, for the toolbar badge. */
  documentCount: z.number().int().nonnegative(),
});

/** Each message: the schema its request must pass, and the shape of its answer. */
export const protocol = {
  documentSeen: { request: DocumentSeen, response: DocumentRecord },
  ping: { request: z.object({}), response: z.object({ version: z.string() }) },
} as const;

type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.input<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<Protocol[N]['response']>;

export type ErrorCode = 'invalid-request' | 'failed' | 'unreachable';
export interface MessageError {
  code: ErrorCode;
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: MessageError };
