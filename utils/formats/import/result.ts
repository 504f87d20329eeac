/** What every reader of an untrusted file returns: the value, or every reason it was refused. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function succeed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(...errors: string[]): ParseResult<T> {
  return { ok: false, errors };
}
