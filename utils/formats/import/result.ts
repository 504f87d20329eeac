/** What every reader of an untrusted file returns: the value, or every reason it was refused. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function succeed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(...errors: string[]): ParseResult<T> {
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
