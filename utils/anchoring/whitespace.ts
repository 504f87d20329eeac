/** Whitespace as page extraction and PDF text produce it, including no-break and wide spaces. */
export function isWhitespaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const WHITESPACE_RUN = /[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/**
 * The same collapsing as collapseWhitespace, where no way back to the original offsets is needed:
 * a native replace, which on a whole page costs a fraction of building that way back.
 */
export function collapseOnly(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ');
}

export interface CollapsedText {
  /** The text with every whitespace run replaced by one space. */
  text: string;
  /** For each index of `text` (and one past its end), the index in the original string. */
  toOriginal: Int32Array;
}

/** Code units turned into a string per call: far below the engine's limit on arguments. */
const CHUNK = 8_192;

/**
 * Revisions and extractors disagree about line breaks and double spaces, so matching runs on
 * text where each whitespace run is one space; `toOriginal` maps results back.
 * One pass over the code units builds both: a page's text is collapsed once, by code that has
 * not been optimised yet, where a regular expression's replace over 170 KB cost as much again.
 */
export function collapseWhitespace(original: string): CollapsedText {
  const units = new Uint16Array(original.length);
  const toOriginal = new Int32Array(original.length + 1);
  let length = 0;
  let inRun = false;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    // Most characters are printable ASCII: decided in two comparisons.
    if ((code <= 0x20 || code >= 0xa0) && isWhitespaceCode(code)) {
      if (inRun) continue;
      inRun = true;
      units[length] = 0x20;
    } else {
      inRun = false;
      units[length] = code;
    }
    toOriginal[length++] = i;
  }
  toOriginal[length] = original.length;
  let text = '';
  for (let from = 0; from < length; from += CHUNK) {
    const chunk = units.subarray(from, Math.min(length, from + CHUNK));
    text += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return { text, toOriginal: toOriginal.subarray(0, length + 1) };
}

export function leadingWhitespace(text: string): number {
  let count = 0;
  while (count < text.length && isWhitespaceCode(text.charCodeAt(count))) count++;
  return count;
}

export function trailingWhitespace(text: string): number {
  let count = 0;
  while (count < text.length && isWhitespaceCode(text.charCodeAt(text.length - 1 - count))) count++;
  return count;
}
