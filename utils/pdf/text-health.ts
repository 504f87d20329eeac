/**
 * Whether a PDF's text layer holds letters or glyph numbers. A font with no ToUnicode map
 * makes pdf.js (and poppler) read each glyph's number as a character: control characters for
 * the first glyphs (the space glyph comes out as U+0003), then whatever letters sit at those
 * numbers — Greek and IPA for a Cyrillic font, Tamil or Thai for an Arabic one. Those
 * characters do not belong to the document's language; that is what is counted here.
 */
import type { UnLanguage } from '../un/languages.ts';
import type { PdfPageItems } from './types.ts';

/** The scripts a language's documents are written in, besides digits, punctuation and Latin. */
const LANGUAGE_SCRIPTS: Record<UnLanguage, RegExp> = {
  en: /\p{Script=Latin}/u,
  fr: /\p{Script=Latin}/u,
  es: /\p{Script=Latin}/u,
  ru: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u,
  zh: /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u,
};
/** Letters any UN document may hold: basic Latin (symbols, names, URLs) and Latin-1. */
const ALWAYS_FINE = /[\p{Script=Common}\p{Script=Inherited}A-Za-z\u00c0-\u00ff]/u;
/** Without a known language: the scripts of the six UN languages. */
const ANY_UN_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}]/u;
/**
 * Glyph numbers below 32 (and C1 controls): what pdf.js gives for the first glyphs of an
 * unmapped font. Tab, line feed and carriage return are text.
 */
function isGlyphNumber(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f)
  );
}
const NOT_A_CHARACTER = /[\p{Co}\p{Cn}\p{Cs}]/u;

/** A share of characters above which a font's or a page's text is not the document's text. */
const BROKEN_SHARE = 0.2;
/** Fewer characters than this say nothing either way. */
const MIN_CHARACTERS = 20;

export type BrokenReason = 'glyph-numbers' | 'private-use' | 'wrong-script';

export interface TextHealthCount {
  characters: number;
  wrong: number;
  reasons: BrokenReason[];
}

export interface FontHealth extends TextHealthCount {
  /** pdf.js's name for the font on its pages (`g_d0_f1`). */
  font: string;
  broken: boolean;
}

export interface PageHealth extends TextHealthCount {
  /** 1-based, as the user counts pages. */
  page: number;
  broken: boolean;
}

export interface TextHealth {
  language?: UnLanguage;
  fonts: FontHealth[];
  pages: PageHealth[];
  /** Whether any page's text is glyph numbers rather than letters. */
  broken: boolean;
}

function reasonOf(character: string, script: RegExp): BrokenReason | undefined {
  if (isGlyphNumber(character)) return 'glyph-numbers';
  if (NOT_A_CHARACTER.test(character)) return 'private-use';
  if (!/\p{L}/u.test(character) || ALWAYS_FINE.test(character) || script.test(character)) {
    return undefined;
  }
  return 'wrong-script';
}

class Tally {
  characters = 0;
  wrong = 0;
  readonly reasons = new Set<BrokenReason>();

  add(text: string, script: RegExp): void {
    for (const character of text) {
      if (/\s/u.test(character)) continue;
      this.characters++;
      const reason = reasonOf(character, script);
      if (reason) {
        this.wrong++;
        this.reasons.add(reason);
      }
    }
  }

  get broken(): boolean {
    return this.characters >= MIN_CHARACTERS && this.wrong / this.characters > BROKEN_SHARE;
  }

  count(): TextHealthCount {
    return { characters: this.characters, wrong: this.wrong, reasons: [...this.reasons] };
  }
}

/**
 * Per font and per page, how much of the text cannot be the document's: glyph numbers,
 * private-use or unassigned code points, letters of a script the language does not use.
 */
export function textHealth(pages: readonly PdfPageItems[], language?: UnLanguage): TextHealth {
  const script = language ? LANGUAGE_SCRIPTS[language] : ANY_UN_SCRIPT;
  const fonts = new Map<string, Tally>();
  const pageHealth = pages.map((page, index) => {
    const tally = new Tally();
    for (const item of page.items) {
      tally.add(item.str, script);
      const fontName = item.fontName ?? '';
      const font = fonts.get(fontName) ?? new Tally();
      fonts.set(fontName, font);
      font.add(item.str, script);
    }
    return { page: index + 1, broken: tally.broken, ...tally.count() };
  });
  return {
    ...(language ? { language } : {}),
    fonts: [...fonts].map(([font, tally]) => ({ font, broken: tally.broken, ...tally.count() })),
    pages: pageHealth,
    broken: pageHealth.some((page) => page.broken),
  };
}

/** The verdict in plain words, for the viewer's notice and the command line. */
export function describeTextHealth(health: TextHealth): string {
  const broken = health.pages.filter((page) => page.broken).map((page) => page.page);
  if (broken.length === 0) return 'The text of this PDF reads as letters.';
  const where =
    broken.length === health.pages.length
      ? 'every page'
      : `page${broken.length > 1 ? 's' : ''} ${broken.join(', ')}`;
  return (
    `The text layer of ${where} holds glyph numbers, not letters: the PDF's fonts do not say ` +
    'which character each glyph draws, so copying, search and comments would work on garbage.'
  );
}
