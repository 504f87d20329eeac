/** Number systems UN drafts count in: roman, letters, Chinese, Arabic-Indic digits and abjad letters. */

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
const ROMAN_PATTERN = /^(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/** The value of a well-formed roman numeral in any case, else undefined. */
export function romanValue(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (!ROMAN_PATTERN.test(lower)) return undefined;
  let total = 0;
  for (let index = 0; index < lower.length; index++) {
    const value = ROMAN_DIGITS[lower[index] as string] as number;
    const next = ROMAN_DIGITS[lower[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function toRoman(value: number): string {
  const steps: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let roman = '';
  for (const [step, digits] of steps) {
    while (rest >= step) {
      roman += digits;
      rest -= step;
    }
  }
  return roman;
}

/** `a` = 1 … `z` = 26, then `aa` = 27, `bb` = 28: how UN drafts go on after (z). */
export function letterValue(label: string): number | undefined {
  if (!/^([a-z])\1*$/.test(label)) return undefined;
  return (label.length - 1) * 26 + (label.charCodeAt(0) - 96);
}

export function toLetter(value: number): string {
  return String.fromCharCode(96 + ((value - 1) % 26) + 1).repeat(Math.floor((value - 1) / 26) + 1);
}

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100 };

/** `七` = 7, `十二` = 12, `四十一` = 41, `一百零五` = 105; ASCII digits pass through. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let pending = 0;
  for (const character of text) {
    const digit = CHINESE_DIGITS[character];
    const unit = CHINESE_UNITS[character];
    if (digit !== undefined) pending = digit;
    else if (unit !== undefined) {
      total += (pending || 1) * unit;
      pending = 0;
    } else return undefined;
  }
  return total + pending;
}

/** Arabic-Indic and Persian digits to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) =>
    String((digit.charCodeAt(0) - 0x0660) % 0x90),
  );
}

/** Arabic subparagraph letters in abjad order, as UN Arabic texts use them: (أ) (ب) (ج) … */
const ABJAD = [
  'أ',
  'ب',
  'ج',
  'د',
  'هـ',
  'و',
  'ز',
  'ح',
  'ط',
  'ي',
  'ك',
  'ل',
  'م',
  'ن',
  'س',
  'ع',
  'ف',
  'ص',
  'ق',
  'ر',
  'ش',
  'ت',
  'ث',
  'خ',
  'ذ',
  'ض',
  'ظ',
  'غ',
];

/** The position of an abjad letter (أ = 1), accepting ه without tatweel and ا for أ. */
export function abjadValue(letter: string): number | undefined {
  const normalised = letter === 'ه' ? 'هـ' : letter === 'ا' ? 'أ' : letter;
  const index = ABJAD.indexOf(normalised);
  return index < 0 ? undefined : index + 1;
}

export const ABJAD_LETTER_PATTERN = 'هـ|[أابجدهوزحطيكلمنسعفصقرشتثخذضظغ]';

const ORDINAL_WORDS: Record<string, number> = {
  one: 1,
  first: 1,
  two: 2,
  second: 2,
  three: 3,
  third: 3,
  four: 4,
  fourth: 4,
  five: 5,
  fifth: 5,
  six: 6,
  sixth: 6,
  seven: 7,
  seventh: 7,
  eight: 8,
  eighth: 8,
  nine: 9,
  ninth: 9,
  ten: 10,
  tenth: 10,
  premier: 1,
  première: 1,
  الأول: 1,
  الأولى: 1,
  الثاني: 2,
  الثانية: 2,
  الثالث: 3,
  الثالثة: 3,
  الرابع: 4,
  الرابعة: 4,
  الخامس: 5,
  الخامسة: 5,
  السادس: 6,
  السادسة: 6,
  السابع: 7,
  السابعة: 7,
  الثامن: 8,
  الثامنة: 8,
  التاسع: 9,
  التاسعة: 9,
  العاشر: 10,
  العاشرة: 10,
};

/** A number written as a word: `Two`, `premier`, `الثاني`. */
export function wordNumber(word: string): number | undefined {
  return ORDINAL_WORDS[word.toLowerCase()];
}

/** The abjad letter of a position (1 = أ): Arabic texts letter subparagraphs in this order. */
export function toAbjad(value: number): string | undefined {
  return ABJAD[value - 1];
}

const CHINESE_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 7 = `七`, 12 = `十二`, 41 = `四十一`, 105 = `一百零五`: how Chinese texts number articles. */
export function toChineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 999) return String(value);
  const [hundreds, tens, ones] = [Math.floor(value / 100), Math.floor(value / 10) % 10, value % 10];
  let text = '';
  if (hundreds > 0) text += `${CHINESE_NUMERALS[hundreds]}百`;
  if (tens > 0) text += `${hundreds === 0 && tens === 1 ? '' : CHINESE_NUMERALS[tens]}十`;
  else if (hundreds > 0 && ones > 0) text += '零';
  if (ones > 0 || value === 0) text += CHINESE_NUMERALS[ones];
  return text;
}
