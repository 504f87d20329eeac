/**
 * Whether two values read from JSON or IndexedDB (plain objects, arrays, strings, numbers,
 * booleans, null) have equal canonical JSON: key order and undefined members do not count. It
 * answers what comparing `canonicalJson` texts would, without sorting keys or building text,
 * which matters when 10,000 annotations come again unchanged.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonEqual(item ?? null, b[index] ?? null));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let defined = 0;
  for (const key of Object.keys(left)) {
    if (left[key] === undefined) continue;
    defined++;
    if (!Object.hasOwn(right, key) || !jsonEqual(left[key], right[key])) return false;
  }
  return Object.keys(right).filter((key) => right[key] !== undefined).length === defined;
}
