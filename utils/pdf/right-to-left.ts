import type { PdfLine } from './lines.ts';
import type { PdfPageItems, PdfTextItem } from './types.ts';

const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_CHARACTER = /[\p{Script=Latin}\p{Nd}]/u;
const RTL_LETTERS = new RegExp(RTL_LETTER.source, 'g');
const LTR_CHARACTERS = new RegExp(LTR_CHARACTER.source, 'gu');

/** The space pdf.js puts before a mark drawn apart from its letter (`عقلا ً`): no text has it. */
const SPACE_BEFORE_MARK = /\s+(?=\p{M})/gu;
/** A mark drawn as an item of its own (pdf.js gives it no width): it sits on a letter. */
const MARK_ALONE = /^\p{M}+$/u;

/**
 * Arabic as typesetters leave it in PDFs: positional glyph forms (ﺎ, ﻤ, ﻷ) that pdf.js keeps, and
 * marks set apart from their letters. Read as the letters they are, so the text matches the same
 * draft's HTML and what users type.
 */
export function withBaseLetters(item: PdfTextItem): PdfTextItem {
  const str = item.str
    .replace(PRESENTATION_FORMS, (form) => form.normalize('NFKC'))
    .replace(SPACE_BEFORE_MARK, '');
  return str === item.str ? item : { ...item, str };
}

const MIRROR: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '«': '»',
  '»': '«',
};
const MIRRORED = /[()[\]{}«»]/g;
const LETTER = /\p{L}/u;

/**
 * A right-to-left text's brackets as the PDF draws them: next to Arabic letters `(د-3)` is
 * drawn `)د-3(`, while `(III)` among Latin letters keeps its own. What a glyph learned from a text must stand for,
 * so that a recovered PDF reads as PDFs with their own ToUnicode maps do.
 */
export function bracketsAsDrawn(text: string): string {
  const letterNear = (from: number, step: 1 | -1) => {
    for (let i = from; i >= 0 && i < text.length; i += step) {
      if (LETTER.test(text[i] as string)) return text[i] as string;
    }
    return '';
  };
  return text.replace(MIRRORED, (c, at: number) =>
    RTL_LETTER.test(letterNear(at - 1, -1)) || RTL_LETTER.test(letterNear(at + 1, 1))
      ? (MIRROR[c] as string)
      : c,
  );
}

const ARABIC_ONLY = /^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+$/;

/**
 * What a ToUnicode map must say for an Arabic glyph that draws several letters (Amiri's stacked
 * meem–jeem of `المجتمع`): pdf.js turns a right-to-left item round character by character, the
 * ligature's letters with it, so they are written turned round to read in order.
 */
export function ligatureAsDrawn(text: string): string {
  const characters = Array.from(text);
  return characters.length > 1 && ARABIC_ONLY.test(text) ? characters.reverse().join('') : text;
}

type Direction = 'rtl' | 'ltr' | 'neutral';

function directionOf(item: PdfTextItem): Direction {
  if (RTL_LETTER.test(item.str)) return 'rtl';
  if (LTR_CHARACTER.test(item.str)) return 'ltr';
  return 'neutral';
}

/**
 * A right-to-left line in reading order. PDF writers draw Arabic glyphs left to right as they
 * appear, often one glyph per text item: read from the right, with runs of Latin text and
 * numbers kept left to right inside. Lines mostly in left-to-right script are left as they are.
 */
const countOf = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** More right-to-left letters than Latin letters and digits: Arabic text, read from the right. */
export function readsRightToLeft(text: string): boolean {
  const rtl = countOf(text, RTL_LETTERS);
  return rtl > 0 && rtl > countOf(text, LTR_CHARACTERS);
}

export function inReadingOrder(line: PdfLine, page: PdfPageItems, wordGap: number): PdfLine {
  const item = (index: number) => page.items[index] as PdfTextItem;
  // Counted in characters: `المادة 1` is one Arabic item and one digit item, and reads from the right.
  if (!readsRightToLeft(line.text)) return line;
  const left = (index: number) => item(index).transform[4] ?? 0;
  const visual = [...line.items].sort((a, b) => left(a) - left(b));
  const reversed = [...visual].reverse();
  // Left-to-right runs (with the neutrals between their members) read left to right again.
  const logical: number[] = [];
  let run: number[] = [];
  const flush = () => {
    const trailing: number[] = [];
    while (run.length > 0 && directionOf(item(run[run.length - 1] as number)) === 'neutral') {
      trailing.unshift(run.pop() as number);
    }
    logical.push(...run.reverse(), ...trailing);
    run = [];
  };
  for (const index of reversed) {
    const direction = directionOf(item(index));
    if (direction === 'ltr' || (direction === 'neutral' && run.length > 0)) run.push(index);
    else {
      flush();
      logical.push(index);
    }
  }
  flush();
  // Glyphs drawn mirrored in right-to-left text: `)أ(` is read `(أ)`.
  const inLtrRun = new Set(logical.filter((index) => directionOf(item(index)) === 'ltr'));
  const strs = logical.map((index) =>
    inLtrRun.has(index)
      ? item(index).str
      : item(index).str.replace(MIRRORED, (c) => MIRROR[c] as string),
  );
  const gaps = logical.map((index, i) => {
    const previous = logical[i - 1];
    // No word ends before a mark: `عقلاً`, not `عقلا ً`.
    if (previous === undefined || MARK_ALONE.test(item(index).str)) return '';
    const [a, b] = left(previous) < left(index) ? [previous, index] : [index, previous];
    const gap = left(b) - (left(a) + item(a).width);
    const spaced = /\s$/.test(item(previous).str) || /^\s/.test(item(index).str);
    return !spaced && gap > wordGap * line.height ? ' ' : '';
  });
  const text = logical.map((_, i) => `${gaps[i] ?? ''}${strs[i] ?? ''}`).join('');
  return { ...line, items: logical, gaps, text, rtl: true, strs };
}
