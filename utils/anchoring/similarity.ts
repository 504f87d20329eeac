/** Levenshtein distance; the strings compared here are contexts of a few dozen characters. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (a.length <= 32) return bitParallelDistance(a, b);
  if (b.length <= 32) return bitParallelDistance(b, a);
  const row = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const substitution = diagonal + (code === b.charCodeAt(j - 1) ? 0 : 1);
      row[j] = Math.min(substitution, above + 1, (row[j - 1] as number) + 1);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

const patternMasks = new Int32Array(0x10000);

/**
 * Myers' bit-vector edit distance (Hyyrö's formulation for whole strings): one machine word per
 * column instead of a row of the table, since anchoring compares thousands of contexts.
 */
function bitParallelDistance(pattern: string, text: string): number {
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    patternMasks[code] = (patternMasks[code] as number) | (1 << i);
  }
  const last = 1 << (pattern.length - 1);
  let positive = -1;
  let negative = 0;
  let distance = pattern.length;
  for (let j = 0; j < text.length; j++) {
    const equal = patternMasks[text.charCodeAt(j)] as number;
    const vertical = equal | negative;
    const horizontal = (((equal & positive) + positive) ^ positive) | equal;
    let up = negative | ~(horizontal | positive);
    let down = positive & horizontal;
    if (up & last) distance++;
    if (down & last) distance--;
    up = (up << 1) | 1;
    down <<= 1;
    positive = down | ~(vertical | up);
    negative = up & vertical;
  }
  for (let i = 0; i < pattern.length; i++) patternMasks[pattern.charCodeAt(i)] = 0;
  return distance;
}

/** 1 when `actual` equals `expected`, falling towards 0 with each edit. */
export function similarity(expected: string, actual: string): number {
  const length = Math.max(expected.length, actual.length);
  if (length === 0) return 1;
  return 1 - editDistance(expected, actual) / length;
}
