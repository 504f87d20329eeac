import type { UnLanguage } from './languages.ts';
import { romanValue } from './numerals.ts';

/**
 * Provisions as UN editorial usage cites them in each of the six languages, from Redline's
 * English addresses (`addressOf`): `Operative para. 5(b)` is "operative paragraph 5 (b)",
 * « paragraphe 5 b) du dispositif », «párrafo 5 b) de la parte dispositiva», «пункт 5 b)
 * постановляющей части», «الفقرة 5 (ب) من المنطوق», «执行部分第5段(b)». English treaty
 * addresses (`Art. 7(1)(b)`) are already as cited and stay as they are.
 */

type Parts = readonly string[];

interface Phrases {
  preambular: (number: string) => string;
  operative: (number: string, parts: Parts) => string;
  paragraph: (number: string, parts: Parts) => string;
  item: (number: string, parts: Parts) => string;
  article: (number: string, parts: Parts) => string;
  annex: (number: string | undefined, inner: string) => string;
}

/** Subparagraph labels as each language writes them after a number: ` (b) (ii)`, ` b) ii)`. */
const latinParens = (parts: Parts) => parts.map((part) => ` (${part})`).join('');
const latinClosing = (parts: Parts) => parts.map((part) => ` ${part})`).join('');

/** Arabic texts letter subparagraphs in abjad order (أ ب ج د …) and number items. */
const ABJAD = 'أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ'.split(' ');
function arabicParts(parts: Parts): string {
  // The first lettered level is a subparagraph (أ), the next an item, numbered (2).
  let lettered = 0;
  return parts
    .map((part) => {
      if (/^\d+$/.test(part)) return ` (${part})`;
      lettered++;
      const value = lettered === 1 ? undefined : romanValue(part);
      if (value !== undefined) return ` (${value})`;
      return ` (${ABJAD[part.charCodeAt(0) - 97] ?? part})`;
    })
    .join('');
}
const chineseParts = (parts: Parts) => parts.map((part) => `(${part})`).join('');

/** Article paragraphs: the first part is the paragraph number, the rest its subparagraphs. */
function articleWith(
  parts: Parts,
  paragraph: (number: string) => string,
  rest: (p: Parts) => string,
) {
  const [first, ...others] = parts;
  if (first === undefined) return '';
  return /^\d+$/.test(first) ? `${paragraph(first)}${rest(others)}` : rest(parts);
}

const PHRASES: Record<UnLanguage, Phrases> = {
  en: {
    preambular: (n) => `preambular paragraph ${n}`,
    operative: (n, p) => `operative paragraph ${n}${latinParens(p)}`,
    paragraph: (n, p) => `para. ${n}${latinParens(p)}`,
    item: (n, p) => `item ${n}${latinParens(p)}`,
    article: (n, p) => `article ${n}${articleWith(p, (x) => `, paragraph ${x}`, latinParens)}`,
    annex: (n, inner) => `annex${n ? ` ${n}` : ''}, ${inner}`,
  },
  fr: {
    preambular: (n) => `alinéa ${n} du préambule`,
    operative: (n, p) => `paragraphe ${n}${latinClosing(p)} du dispositif`,
    paragraph: (n, p) => `par. ${n}${latinClosing(p)}`,
    item: (n, p) => `point ${n}${latinClosing(p)}`,
    article: (n, p) => `article ${n}${articleWith(p, (x) => `, paragraphe ${x}`, latinClosing)}`,
    annex: (n, inner) => `annexe${n ? ` ${n}` : ''}, ${inner}`,
  },
  es: {
    preambular: (n) => `párrafo ${n} del preámbulo`,
    operative: (n, p) => `párrafo ${n}${latinClosing(p)} de la parte dispositiva`,
    paragraph: (n, p) => `párr. ${n}${latinClosing(p)}`,
    item: (n, p) => `tema ${n}${latinClosing(p)}`,
    article: (n, p) => `artículo ${n}${articleWith(p, (x) => `, párrafo ${x}`, latinClosing)}`,
    annex: (n, inner) => `anexo${n ? ` ${n}` : ''}, ${inner}`,
  },
  ru: {
    preambular: (n) => `пункт ${n} преамбулы`,
    operative: (n, p) => `пункт ${n}${latinClosing(p)} постановляющей части`,
    paragraph: (n, p) => `п. ${n}${latinClosing(p)}`,
    item: (n, p) => `пункт ${n}${latinClosing(p)} повестки дня`,
    article: (n, p) => `статья ${n}${articleWith(p, (x) => `, пункт ${x}`, latinClosing)}`,
    annex: (n, inner) => `приложение${n ? ` ${n}` : ''}, ${inner}`,
  },
  ar: {
    preambular: (n) => `الفقرة ${n} من الديباجة`,
    operative: (n, p) => `الفقرة ${n}${arabicParts(p)} من المنطوق`,
    paragraph: (n, p) => `الفقرة ${n}${arabicParts(p)}`,
    item: (n, p) => `البند ${n}${arabicParts(p)}`,
    article: (n, p) => `المادة ${n}${articleWith(p, (x) => `، الفقرة ${x}`, arabicParts)}`,
    annex: (n, inner) => `المرفق${n ? ` ${n}` : ''}، ${inner}`,
  },
  zh: {
    preambular: (n) => `序言部分第${n}段`,
    operative: (n, p) => `执行部分第${n}段${chineseParts(p)}`,
    paragraph: (n, p) => `第${n}段${chineseParts(p)}`,
    item: (n, p) => `项目${n}${chineseParts(p)}`,
    article: (n, p) => `第${n}条${articleWith(p, (x) => `第${x}款`, chineseParts)}`,
    annex: (n, inner) => `附件${n ?? ''}${inner}`,
  },
};

const PARTS = String.raw`((?:\([0-9a-z]+\))*)`;
const ADDRESS_FORMS: Array<[RegExp, (p: Phrases, groups: string[]) => string]> = [
  [/^Preambular para\. (\d+)$/, (p, [n]) => p.preambular(n as string)],
  [
    new RegExp(`^Operative para\\. (\\d+)${PARTS}$`),
    (p, [n, s]) => p.operative(n as string, split(s)),
  ],
  [new RegExp(`^para\\. (\\d+)${PARTS}$`), (p, [n, s]) => p.paragraph(n as string, split(s))],
  [new RegExp(`^Item (\\d+)${PARTS}$`), (p, [n, s]) => p.item(n as string, split(s))],
  [
    new RegExp(`^Art\\. (\\d+(?: [a-z]+)?)${PARTS}$`),
    (p, [n, s]) => p.article(n as string, split(s)),
  ],
];
const ANNEX = /^Annex(?: ([IVXLC\d]+))?(?:,| ) ?(.+)$/;

function split(parts: string | undefined): string[] {
  return [...(parts ?? '').matchAll(/\(([0-9a-z]+)\)/g)].map((match) => match[1] as string);
}

function labelIn(address: string, phrases: Phrases): string | undefined {
  for (const [pattern, say] of ADDRESS_FORMS) {
    const match = pattern.exec(address);
    if (match) return say(phrases, match.slice(1));
  }
  return undefined;
}

/** How the UN cites the provision at `address` in `language`; the address itself when unknown. */
export function provisionLabel(address: string, language: UnLanguage = 'en'): string {
  const phrases = PHRASES[language];
  // English treaty addresses are the form submissions already cite.
  if (language === 'en' && /^(?:Art\.|Annex[ ,]|Preamble\b|Chapter|Part|Section)/.test(address)) {
    return address;
  }
  const annex = ANNEX.exec(address);
  if (annex) {
    const inner = labelIn(annex[2] as string, phrases);
    return inner ? phrases.annex(annex[1], inner) : address;
  }
  return labelIn(address, phrases) ?? address;
}
