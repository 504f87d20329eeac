import { type Problem, problem } from './problem.ts';

/**
 * Keys that rewrite prototypes when a parsed object is later spread, merged or assigned.
 * JSON.parse itself stores them as plain own properties; refusing them keeps later code safe.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The key a raw JSON key text stands for, if it is a forbidden one. Escapes are decoded first, so
 * `"\u005f_proto__"` is caught; a key with a broken escape is left to JSON.parse to refuse.
 */
export function forbiddenKey(raw: string): string | undefined {
  if (FORBIDDEN_KEYS.has(raw)) return raw;
  if (!raw.includes('\\')) return undefined;
  try {
    const key: string = JSON.parse(`"${raw}"`);
    return FORBIDDEN_KEYS.has(key) ? key : undefined;
  } catch {
    return undefined;
  }
}

export function forbiddenKeyProblem(place: string, key: string): Problem {
  return problem('forbiddenKey', { key }, place);
}
