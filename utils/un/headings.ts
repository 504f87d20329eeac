import type { UnLanguage } from './languages.ts';
import { withoutMarkers } from './markers.ts';
import { asciiDigits, chineseNumber, toRoman, wordNumber } from './numerals.ts';

export type HeadingKind = 'preamble' | 'part' | 'chapter' | 'section' | 'article' | 'annex';

export interface Heading {
  kind: HeadingKind;
  number?: string;
  title?: string;
  /** The language the heading word is in, when it tells (Artículo, Статья, المادة, 条). */
  language?: UnLanguage;
}

const LATIN_SUFFIX = String.raw`(?:\s*(?<suffix>bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?`;
const ORDINALS =
  'premi(?:er|ère)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|one|two|three|four|five|six|seven|eight|nine|ten|ال(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)ة?|الأولى';
const DIVISION_NUMBER = String.raw`(?<number>${ORDINALS}|[IVXLC]+|\d+|[\u0660-\u0669]+|[A-Z])`;
const ARTICLE_NUMBER = String.raw`(?<number>1er|premier|\d+|[\u0660-\u0669]+)${LATIN_SUFFIX}`;
const CHINESE_NUMBER = '(?<number>[一二三四五六七八九十百零〇两\\d]+)';
const END_OF_WORD = String.raw`(?![\p{L}\p{N}])`;

interface HeadingRule {
  kind: HeadingKind;
  /** How its heading words open, as HEADING_START finds them (lower case). */
  opens: readonly string[];
  pattern: () => RegExp;
  /** Set when the heading word says the language; `Article` is English or French. */
  language?: UnLanguage;
  chinese?: boolean;
}

/**
 * A pattern built on its first use. Building a case-insensitive Unicode pattern parses it with
 * its case and property tables: the 22 rules cost every UN page 2-3 ms of the content script's
 * start (Chromium), and most pages never read a heading.
 */
function builtOnFirstUse(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    pattern ??= new RegExp(source, flags);
    return pattern;
  };
}

function words(
  kind: HeadingKind,
  opens: string,
  keywords: string,
  number: string,
  language?: UnLanguage,
): HeadingRule {
  return {
    kind,
    opens: [opens],
    language,
    pattern: builtOnFirstUse(`^(?:${keywords})\\s+${number}${END_OF_WORD}(?<rest>.*)$`, 'iu'),
  };
}

function chinese(kind: HeadingKind, after: string): HeadingRule {
  return {
    kind,
    opens: ['第'],
    chinese: true,
    language: 'zh',
    pattern: builtOnFirstUse(`^第${CHINESE_NUMBER}${after}(?<rest>.*)$`, 'u'),
  };
}

const RULES: HeadingRule[] = [
  words('article', 'art', 'article', ARTICLE_NUMBER),
  words('article', 'art', 'art[íi]culo', ARTICLE_NUMBER, 'es'),
  words('article', 'стат', 'статья', ARTICLE_NUMBER, 'ru'),
  words('article', 'الماد', 'المادة', ARTICLE_NUMBER, 'ar'),
  chinese('article', '条'),
  words('chapter', 'cha', 'chapter|chapitre', DIVISION_NUMBER),
  words('chapter', 'cap', 'cap[íi]tulo', DIVISION_NUMBER, 'es'),
  words('chapter', 'глав', 'глава', DIVISION_NUMBER, 'ru'),
  words('chapter', 'الفصل', 'الفصل', DIVISION_NUMBER, 'ar'),
  chinese('chapter', '章'),
  words('part', 'par', 'part|partie', DIVISION_NUMBER),
  words('part', 'par', 'parte', DIVISION_NUMBER, 'es'),
  words('part', 'част', 'часть', DIVISION_NUMBER, 'ru'),
  words('part', 'الجزء', 'الجزء', DIVISION_NUMBER, 'ar'),
  chinese('part', '部分'),
  words('section', 'sec', 'section', DIVISION_NUMBER),
  words('section', 'sec', 'secci[óo]n', DIVISION_NUMBER, 'es'),
  words('section', 'разд', 'раздел', DIVISION_NUMBER, 'ru'),
  words('section', 'الفرع', 'الفرع', DIVISION_NUMBER, 'ar'),
  chinese('section', '节'),
  {
    kind: 'annex',
    opens: ['ann', 'ane', 'прил', 'المرفق'],
    pattern: builtOnFirstUse(
      `^(?:annexe?|anexo|приложение|المرفق)(?:\\s+${DIVISION_NUMBER})?${END_OF_WORD}(?<rest>.*)$`,
      'iu',
    ),
  },
  {
    kind: 'annex',
    opens: ['附件'],
    chinese: true,
    language: 'zh',
    pattern: builtOnFirstUse(`^附件${CHINESE_NUMBER}?(?<rest>.*)$`, 'u'),
  },
];

const PREAMBLE = /^(?:preamble|préambule|preámbulo|преамбула|الديباجة|序言)$/iu;
const PREAMBLE_LANGUAGE: Record<string, UnLanguage> = {
  préambule: 'fr',
  preámbulo: 'es',
  преамбула: 'ru',
  الديباجة: 'ar',
  序言: 'zh',
};
const TITLE_SEPARATOR = /^[.:\-–—]/;
const NOT_A_TITLE_START = /^[\p{Ll},;(]/u;
const MAX_TITLE_LENGTH = 150;

/**
 * The title after a heading's number, or false when what follows the number is running text
 * (`Article 5 of this Convention shall…`), so the line is no heading at all.
 */
function titleAfterNumber(rest: string, chineseRule: boolean): string | undefined | false {
  const clean = withoutMarkers(rest);
  if (clean === '') return undefined;
  if (TITLE_SEPARATOR.test(clean)) return clean.slice(1).trim() || undefined;
  if (chineseRule && !/^[\s\u3000]/.test(rest)) return false;
  if (NOT_A_TITLE_START.test(clean) || clean.length > MAX_TITLE_LENGTH) return false;
  return clean;
}

function articleNumber(raw: string, suffix: string | undefined): string {
  const digits = /^(?:1er|premier)$/i.test(raw)
    ? '1'
    : String(chineseNumber(asciiDigits(raw)) ?? raw);
  return suffix ? `${digits} ${suffix.toLowerCase()}` : digits;
}

/** Divisions are numbered in upper-case roman numerals whatever the text wrote. */
function divisionNumber(raw: string): string {
  const ascii = asciiDigits(raw);
  if (/^\d+$/.test(ascii)) return ascii;
  const value = wordNumber(raw) ?? chineseNumber(raw);
  if (value !== undefined) return toRoman(value).toUpperCase();
  return raw.toUpperCase();
}

/** The words headings open with; most lines fail this one test and skip the rules. */
const HEADING_START =
  /^(?:art|cha|cap|par|sec|ann|ane|pr[eéè]|стат|глав|част|разд|прил|преам|الماد|الفصل|الجزء|الفرع|المرفق|الديباجة|第|附件|序言)/iu;

/** Recognises a heading line (its text without leading spaces), in any of the six languages. */
export function parseHeading(line: string): Heading | undefined {
  const opening = HEADING_START.exec(line)?.[0].toLowerCase();
  if (opening === undefined) return undefined;
  const bare = withoutMarkers(line);
  if (PREAMBLE.test(bare)) {
    const language = PREAMBLE_LANGUAGE[bare.toLowerCase()];
    return language ? { kind: 'preamble', language } : { kind: 'preamble' };
  }
  for (const rule of RULES) {
    // Only the rules of this opening are tried: each rule's pattern is built and compiled on
    // its first use, which costs a page more than reading its lines (one "Secretary-General"
    // line tried them all).
    if (!rule.opens.includes(opening)) continue;
    const match = rule.pattern().exec(line);
    if (!match) continue;
    const { number: raw, suffix, rest = '' } = match.groups ?? {};
    const title = titleAfterNumber(rest, rule.chinese === true);
    if (title === false) continue;
    let number: string | undefined;
    if (raw !== undefined) {
      number = rule.kind === 'article' ? articleNumber(raw, suffix) : divisionNumber(raw);
    }
    const heading: Heading = { kind: rule.kind };
    if (number !== undefined) heading.number = number;
    if (title !== undefined) heading.title = title;
    if (rule.language) heading.language = rule.language;
    return heading;
  }
  return undefined;
}
