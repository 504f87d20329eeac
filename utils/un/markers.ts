/**
 * What negotiating drafts add around the text that is not the text: notes in square brackets
 * (`[agreed ad referendum]`), footnote marks, and the brackets around proposed wording.
 */

const NEGOTIATION_NOTE =
  /\[\s*(?:agreed|adopted|approved|pending|aar\b|ad ref|informal|footnote|note\b|\d+\s*\])[^\]]*\]?/gi;
/** Superscript digits, asterisks and daggers, and `^1` as Markdown writes footnotes. */
const FOOTNOTE_MARK = /[\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021]+|\[\^\d+\]|\^\d+/g;
/** A footnote number a page set as <sup> ends up glued to the last word of a heading. */
const GLUED_FOOTNOTE = /(?<=\p{Ll})\d{1,2}$/u;

/** Text with negotiation notes and footnote marks removed and brackets dropped, spaces collapsed. */
export function withoutMarkers(text: string): string {
  return text
    .replace(NEGOTIATION_NOTE, ' ')
    .replace(FOOTNOTE_MARK, ' ')
    .replace(/[[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(GLUED_FOOTNOTE, '');
}
