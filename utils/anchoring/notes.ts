/**
 * Negotiation notes that revisions add and remove around unchanged words: `[agreed ad referendum]`
 * on a heading, square brackets around words still in dispute, footnote marks. Context compared
 * with them in would disagree for notes alone, so they are left out of both sides.
 */
const NOTES = /\[\s*agreed ad ref(?:erendum|\.)\s*\]|[[\]*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]/gi;
/** Every note holds one of these; most contexts hold none, and are returned as they are. */
const NOTE_MARK = /[[\]*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]/;
const SPACE_RUN = / {2,}/g;

/** Notes this long at most are cut from the context text around a candidate. */
const LONGEST_NOTE = '[agreed ad referendum]'.length;

export function withoutNotes(context: string): string {
  if (!NOTE_MARK.test(context)) return context;
  return context.replace(NOTES, '').replace(SPACE_RUN, ' ');
}

/**
 * The `length` collapsed characters before `at`, notes left out: a wider stretch is read, so that
 * notes cut out do not leave the context short.
 */
export function bareBefore(text: string, at: number, length: number): string {
  return withoutNotes(text.slice(Math.max(0, at - length - 2 * LONGEST_NOTE), at)).slice(-length);
}

/** The `length` collapsed characters from `at`, notes left out. */
export function bareAfter(text: string, at: number, length: number): string {
  return withoutNotes(text.slice(at, at + length + 2 * LONGEST_NOTE)).slice(0, length);
}
