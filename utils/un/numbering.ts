import {
  ABJAD_LETTER_PATTERN,
  abjadValue,
  asciiDigits,
  letterValue,
  romanValue,
} from './numerals.ts';

/**
 * A numbering mark at the start of a line. `letter-or-roman` is `(i)`, `(v)` or `(x)`: a
 * subparagraph after (h), (u) or (w), or an item; the outline decides from what surrounds it.
 */
export type MarkClass = 'paragraph' | 'letter' | 'roman' | 'letter-or-roman' | 'letter-dot';

export interface NumberingMark {
  class: MarkClass;
  /** Its position in its sequence: 3 for `3.`, `(c)`, `(iii)`, `’3’`; roman for `(i)`. */
  value: number;
  /** For `letter-or-roman`, its position as a letter: 9 for `(i)`. */
  letterValue?: number;
  /** Offset of the mark in the line and its length. */
  index: number;
  length: number;
}

/** `1.` and the Arabic texts' `1 -`; a dot followed by a digit is a decimal, not a paragraph. */
// Sticky patterns, matched at an index of the line without copying it.
const PARAGRAPH = /([0-9\u0660-\u0669]{1,3})(?:\.(?![0-9])|\s+[-–](?=\s))/uy;
const LATIN_LETTERS = /(\(?)([a-z]{1,4})\)/y;
const ARABIC_LETTER = new RegExp(`\\((${ABJAD_LETTER_PATTERN})\\)`, 'uy');
/** Arabic texts number items ’1‘ (quotes either way round). */
const QUOTED_ITEM = /[‘’'′]\s*([0-9\u0660-\u0669]{1,2})\s*[‘’'′]/uy;
/** Chinese texts number items ㈠ ㈡ ㈢ (parenthesised ideographs U+3220…U+3229). */
const PARENTHESISED_IDEOGRAPH = /[\u3220-\u3229]/uy;
const LETTER_DOT = /([a-z])\.(?=\s)/y;
/** What may open a line before its mark: spaces and the bracket of proposed wording. */
const LEADING = /[\s[]*/uy;

function execAt(pattern: RegExp, line: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(line);
}

type MarkShape = Pick<NumberingMark, 'class' | 'value' | 'letterValue'>;

function latinMark(letters: string): MarkShape | undefined {
  const roman = romanValue(letters);
  if (letters.length === 1 && roman !== undefined && 'ivx'.includes(letters)) {
    return { class: 'letter-or-roman', value: roman, letterValue: letterValue(letters) as number };
  }
  if (roman !== undefined && /^[ivx]+$/.test(letters)) return { class: 'roman', value: roman };
  const letter = letterValue(letters);
  return letter === undefined ? undefined : { class: 'letter', value: letter };
}

function markAt(text: string, index: number): (MarkShape & { length: number }) | undefined {
  let match = execAt(PARAGRAPH, text, index);
  if (match) {
    return {
      class: 'paragraph',
      value: Number(asciiDigits(match[1] as string)),
      length: match[0].length,
    };
  }
  match = execAt(LATIN_LETTERS, text, index);
  if (match) {
    const mark = latinMark(match[2] as string);
    return mark && { ...mark, length: match[0].length };
  }
  match = execAt(ARABIC_LETTER, text, index);
  if (match) {
    const value = abjadValue(match[1] as string);
    return value === undefined ? undefined : { class: 'letter', value, length: match[0].length };
  }
  match = execAt(QUOTED_ITEM, text, index);
  if (match) {
    return {
      class: 'roman',
      value: Number(asciiDigits(match[1] as string)),
      length: match[0].length,
    };
  }
  if (execAt(PARENTHESISED_IDEOGRAPH, text, index)) {
    return { class: 'roman', value: text.charCodeAt(index) - 0x3220 + 1, length: 1 };
  }
  match = execAt(LETTER_DOT, text, index);
  if (match)
    return { class: 'letter-dot', value: letterValue(match[1] as string) as number, length: 2 };
  return undefined;
}

/** The numbering marks that open a line, in order: `1. (a) (i) Text` has three. */
export function leadingMarks(line: string): NumberingMark[] {
  const marks: NumberingMark[] = [];
  let index = 0;
  for (;;) {
    index += (execAt(LEADING, line, index) as RegExpExecArray)[0].length;
    const mark = markAt(line, index);
    if (!mark) return marks;
    marks.push({ ...mark, index });
    index += mark.length;
  }
}
