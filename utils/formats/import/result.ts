import type { Problem } from './problem.ts';

/**
 * What every reader of an untrusted file returns: the value, or every reason it was refused.
 * The reasons are problems the UI renders in the reader's language; the sync connection's are
 * still English sentences.
 */
export type ParseResult<T, E = Problem> = { ok: true; value: T } | { ok: false; errors: E[] };

export function succeed<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E = Problem>(...errors: E[]): ParseResult<never, E> {
  return { ok: false, errors };
}

/**
 * How far the reading of a large file has come: the pre-scan by characters, JSON.parse as one
 * step, then the annotations checked one by one.
 */
export type ReadProgress =
  | { phase: 'scanning'; done: number; total: number }
  | { phase: 'parsing' }
  | { phase: 'checking'; done: number; total: number };

export type OnReadProgress = (progress: ReadProgress) => void;
