/**
 * Keys that rewrite prototypes when a parsed object is later spread, merged or assigned.
 * JSON.parse itself stores them as plain own properties; refusing them keeps later code safe.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function pathOf(parent: string, segment: string | number): string {
  if (typeof segment === 'number') return `${parent}[${segment}]`;
  return parent === '' ? segment : `${parent}.${segment}`;
}

/** Every place in a parsed JSON value where a forbidden key appears. */
export function findForbiddenKeys(value: unknown): string[] {
  const found: string[] = [];
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (Array.isArray(next.value)) {
      next.value.forEach((item, index) => {
        pending.push({ value: item, path: pathOf(next.path, index) });
      });
    } else if (next.value !== null && typeof next.value === 'object') {
      for (const [key, item] of Object.entries(next.value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          found.push(
            `${next.path === '' ? 'the file' : next.path}: the key "${key}" is not allowed`,
          );
        } else {
          pending.push({ value: item, path: pathOf(next.path, key) });
        }
      }
    }
  }
  return found.sort();
}
