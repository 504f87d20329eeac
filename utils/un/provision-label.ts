import { GENERAL_PROVISION } from './address.ts';
import type { UnLanguage } from './languages.ts';
import { letterValue, romanValue, toAbjad, toChineseNumber } from './numerals.ts';

/**
 * Provision labels in the language of a document, as UN texts in that language cite their
 * own provisions. The stored address stays the one canonical form (`Art. 7(1)(b)(ii)`,
 * `Preamble para. 3`, `Annex I, Chapter II`): it sorts and merges alike whatever the
 * language; these labels are only how it reads.
 */
export type ProvisionForm = 'short' | 'full';

/** One level of an address. New shapes (resolutions, reports) add a kind and a row per language. */
export type StepKind =
  | 'preamble'
  | 'preambularParagraph'
  | 'annex'
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'paragraph'
  | 'subparagraph'
  | 'item';

export interface ProvisionStep {
  kind: StepKind;
  /** As the canonical address writes it: `7`, `1`, `b`, `ii`, `II`, `7 bis`. */
  number: string;
}

const NESTED: Partial<Record<StepKind, StepKind>> = {
  article: 'paragraph',
  preambularParagraph: 'subparagraph',
  paragraph: 'subparagraph',
  subparagraph: 'item',
};
const DIVISIONS: Record<string, StepKind> = {
  Annex: 'annex',
  Part: 'part',
  Chapter: 'chapter',
  Section: 'section',
};

/** How each level of a canonical address is written, tried in order at the start of the rest. */
const STEP_PATTERNS: Array<
  [RegExp, (match: RegExpExecArray, previous?: ProvisionStep) => ProvisionStep]
> = [
  [/^Preamble para\. ([^\s,(]+)/, (m) => ({ kind: 'preambularParagraph', number: m[1] as string })],
  [/^Preamble(?!\w)/, () => ({ kind: 'preamble', number: '' })],
  [
    /^(Annex|Part|Chapter|Section)(?: ([^\s,(]+))?/,
    (m) => ({ kind: DIVISIONS[m[1] as string] as StepKind, number: m[2] ?? '' }),
  ],
  [
    /^Art\. ([^\s,(]+(?: (?:bis|ter|[a-z]+ies))?)/,
    (m) => ({ kind: 'article', number: m[1] as string }),
  ],
  [/^para\. ([^\s,(]+)/, (m) => ({ kind: 'paragraph', number: m[1] as string })],
  [
    /^\(([^()\s]+)\)/,
    (m, previous) => ({
      kind: (previous && NESTED[previous.kind]) ?? 'paragraph',
      number: m[1] as string,
    }),
  ],
];

/**
 * The levels of a canonical address, or undefined when it is not one (a free-text provision
 * from an imported file): such a provision is shown as written.
 */
export function provisionSteps(address: string): ProvisionStep[] | undefined {
  const steps: ProvisionStep[] = [];
  let rest = address.trim();
  while (rest !== '') {
    const previous = steps[steps.length - 1];
    const step = STEP_PATTERNS.reduce<{ step: ProvisionStep; length: number } | undefined>(
      (found, [pattern, read]) => {
        if (found) return found;
        const match = pattern.exec(rest);
        return match ? { step: read(match, previous), length: match[0].length } : undefined;
      },
      undefined,
    );
    if (!step) return undefined;
    steps.push(step.step);
    rest = rest.slice(step.length).replace(/^(?:, | )/, '');
  }
  return steps.length > 0 ? steps : undefined;
}

interface LanguageLabels {
  general: string;
  /** How each level reads, in its full and short form. */
  steps: Record<StepKind, (number: string, form: ProvisionForm) => string>;
  /** How the levels join: `, ` in most languages, nothing in Chinese. */
  join: (parts: string[], steps: ProvisionStep[], form: ProvisionForm) => string;
}

const romanOrNumber = (number: string): number | undefined =>
  /^\d+$/.test(number) ? Number(number) : romanValue(number.toLowerCase());

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Levels that follow a paragraph in parentheses, as most languages write `1 (b) (ii)`. */
function commaJoin(parts: string[], steps: ProvisionStep[], form: ProvisionForm): string {
  let text = '';
  steps.forEach((step, index) => {
    const part = parts[index] as string;
    const glued = form === 'short' && (step.kind === 'subparagraph' || step.kind === 'item');
    const spaced = step.kind === 'subparagraph' || step.kind === 'item';
    text += index === 0 ? part : glued ? part : spaced ? ` ${part}` : `, ${part}`;
  });
  return capitalise(text);
}

/** French and Spanish name every level: `article 7, paragraphe 1, alinéa b)`. */
function namedJoin(parts: string[]): string {
  return capitalise(parts.join(', '));
}

const ARABIC_ORDINALS = [
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
];

/** Chapters and annexes read as ordinals in Arabic texts: `الفصل الثاني`. */
function arabicOrdinal(number: string): string {
  const value = romanOrNumber(number);
  return (value !== undefined && ARABIC_ORDINALS[value - 1]) || number;
}

const arabicLetter = (letter: string): string => {
  const value = letterValue(letter);
  return (value !== undefined && toAbjad(value)) || letter;
};

/** Chinese texts number items ㈠ ㈡ ㈢ (U+3220 = ㈠). */
const chineseItem = (roman: string): string => {
  const value = romanValue(roman);
  return value !== undefined && value <= 10 ? String.fromCharCode(0x321f + value) : roman;
};
const chineseNumber = (number: string): string => {
  const [base, suffix] = number.split(' ');
  const value = romanOrNumber(base ?? '');
  return (value === undefined ? base : toChineseNumber(value)) + (suffix ? ` ${suffix}` : '');
};

/** English reads the canonical address as written; it is also how English comment matrices cite. */
const LABELS: Record<Exclude<UnLanguage, 'en'>, LanguageLabels> = {
  fr: {
    general: 'Observations générales',
    steps: {
      preamble: () => 'préambule',
      preambularParagraph: (n, f) =>
        f === 'full' ? `préambule, alinéa ${n}` : `préambule, al. ${n}`,
      annex: (n) => (n ? `annexe ${n}` : 'annexe'),
      part: (n) => `partie ${n}`,
      chapter: (n, f) => (f === 'full' ? `chapitre ${n}` : `chap. ${n}`),
      section: (n) => `section ${n}`,
      article: (n, f) =>
        f === 'full' ? `article ${n === '1' ? 'premier' : n}` : `art. ${n === '1' ? '1er' : n}`,
      paragraph: (n, f) => (f === 'full' ? `paragraphe ${n}` : `par. ${n}`),
      subparagraph: (n, f) => (f === 'full' ? `alinéa ${n})` : `al. ${n})`),
      item: (n, f) => (f === 'full' ? `sous-alinéa ${n})` : `${n})`),
    },
    join: namedJoin,
  },
  es: {
    general: 'Observaciones generales',
    steps: {
      preamble: () => 'preámbulo',
      preambularParagraph: (n, f) =>
        f === 'full' ? `preámbulo, párrafo ${n}` : `preámbulo, párr. ${n}`,
      annex: (n) => (n ? `anexo ${n}` : 'anexo'),
      part: (n) => `parte ${n}`,
      chapter: (n, f) => (f === 'full' ? `capítulo ${n}` : `cap. ${n}`),
      section: (n) => `sección ${n}`,
      article: (n, f) => (f === 'full' ? `artículo ${n}` : `art. ${n}`),
      paragraph: (n, f) => (f === 'full' ? `párrafo ${n}` : `párr. ${n}`),
      subparagraph: (n, f) => (f === 'full' ? `apartado ${n})` : `apdo. ${n})`),
      item: (n, f) => (f === 'full' ? `inciso ${n})` : `inc. ${n})`),
    },
    join: namedJoin,
  },
  ru: {
    general: 'Общие замечания',
    steps: {
      preamble: () => 'преамбула',
      preambularParagraph: (n, f) =>
        f === 'full' ? `преамбула, пункт ${n}` : `преамбула, п. ${n}`,
      annex: (n) => (n ? `приложение ${n}` : 'приложение'),
      part: (n) => `часть ${n}`,
      chapter: (n, f) => (f === 'full' ? `глава ${n}` : `гл. ${n}`),
      section: (n) => `раздел ${n}`,
      article: (n, f) => (f === 'full' ? `статья ${n}` : `ст. ${n}`),
      paragraph: (n, f) => (f === 'full' ? `пункт ${n}` : `п. ${n}`),
      subparagraph: (n) => `(${n})`,
      item: (n) => `(${n})`,
    },
    join: commaJoin,
  },
  ar: {
    general: 'تعليقات عامة',
    steps: {
      preamble: () => 'الديباجة',
      preambularParagraph: (n) => `الديباجة، الفقرة ${n}`,
      annex: (n) => (n ? `المرفق ${arabicOrdinal(n)}` : 'المرفق'),
      part: (n) => `الجزء ${arabicOrdinal(n)}`,
      chapter: (n) => `الفصل ${arabicOrdinal(n)}`,
      section: (n) => `الفرع ${arabicOrdinal(n)}`,
      article: (n) => `المادة ${n}`,
      paragraph: (n) => `الفقرة ${n}`,
      subparagraph: (n) => `(${arabicLetter(n)})`,
      item: (n) => `‘${romanOrNumber(n) ?? n}’`,
    },
    // Arabic texts write out every level, short or full, with the Arabic comma.
    join: (parts, steps) =>
      steps
        .map((step, index) =>
          index === 0
            ? parts[index]
            : step.kind === 'subparagraph' || step.kind === 'item'
              ? ` ${parts[index]}`
              : `، ${parts[index]}`,
        )
        .join(''),
  },
  zh: {
    general: '一般性意见',
    steps: {
      preamble: () => '序言部分',
      preambularParagraph: (n) => `序言部分第${n}段`,
      annex: (n) => (n ? `附件${chineseNumber(n)}` : '附件'),
      part: (n) => `第${chineseNumber(n)}部分`,
      chapter: (n) => `第${chineseNumber(n)}章`,
      section: (n) => `第${chineseNumber(n)}节`,
      article: (n) => `第${chineseNumber(n)}条`,
      paragraph: (n) => `第${n}款`,
      subparagraph: (n) => `(${n})项`,
      item: (n) => `第${chineseItem(n)}目`,
    },
    join: (parts) => parts.join(''),
  },
};

/**
 * The label of a provision in a language: `Art. 7(1)(b)` reads `المادة 7، الفقرة 1 (ب)`,
 * `第七条第1款(b)项`, `article 7, paragraphe 1, alinéa b)` (short: `art. 7, par. 1, al. b)`),
 * `artículo 7, párrafo 1, apartado b)`, `статья 7, пункт 1 (b)`. A paragraph of the preamble
 * is that paragraph in each language's own words. English, and anything that is not a
 * canonical address, reads as written.
 */
export function provisionLabel(
  address: string,
  language: UnLanguage,
  form: ProvisionForm = 'short',
): string {
  // Resolutions and reports (`Operative para. 5(b)`, `para. 12`) read as their own shapes.
  if (language === 'en' || /^(?:para\. |Item\b|Preambular\b|Operative\b)/.test(address)) {
    return shapeLabel(address, language);
  }
  const labels = LABELS[language];
  if (address === GENERAL_PROVISION) return labels.general;
  const steps = provisionSteps(address);
  if (!steps) return shapeLabel(address, language);
  const parts = steps.map((step) => labels.steps[step.kind](step.number, form));
  return labels.join(parts, steps, form);
}

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

/** Resolutions and reports: how the UN cites `address` in `language`; undefined when unknown. */
function shapeLabel(address: string, language: UnLanguage): string {
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
