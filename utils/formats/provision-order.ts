/**
 * Orders human provision addresses (`Preamble`, `Art. 7(1)(b)`, `Annex I`) as they occur in a
 * draft, so a submission reads in the document's order even without positions.
 *
 * Ranks: General (no address) < Preamble < divisions (Part, Chapter, Section) < articles <
 * Annex < anything unrecognised. Divisions come before articles because an address alone does
 * not say which articles a chapter holds; when positions are known, the caller sorts by them.
 */

/** What an annotation without a provision is filed under; it sorts first. */
export const GENERAL_PROVISION = 'General';

const Rank = { General: 0, Preamble: 1, Division: 2, Article: 3, Annex: 4, Unknown: 5 } as const;

type LabelKind = 'number' | 'letter' | 'roman';

interface ParsedProvision {
  rank: (typeof Rank)[keyof typeof Rank];
  /** Leading keys compared numerically: division kind and number, or article number and suffix. */
  head: number[];
  /** Paragraph, subparagraph and item labels, in order. */
  labels: string[];
}

const DIVISIONS = ['part', 'chapter', 'section'];
const LATIN_SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies'];
/** Words that name a level rather than number it (`Preamble para. 3`). */
const LEVEL_WORDS = new Set([
  'para',
  'paras',
  'paragraph',
  'subpara',
  'subparagraph',
  'item',
  'pp',
]);

const GENERAL = /^(?:general)?$/i;
const PREAMBLE = /^(?:preamble|pp\b)/i;
const DIVISION = /^(part|chapter|section)\s+([ivxlc]+|\d+|[a-z])\b/i;
const ARTICLE = new RegExp(
  `^art(?:icle|\\.)?\\s*(\\d+)(?:\\s*(${LATIN_SUFFIXES.join('|')}))?`,
  'i',
);
const ANNEX = /^annex(?:\s+([ivxlc]+|\d+|[a-z])\b)?/i;

export function compareProvisions(a: string, b: string): number {
  const left = parseProvision(a);
  const right = parseProvision(b);
  return (
    left.rank - right.rank ||
    compareNumbers(left.head, right.head) ||
    compareLabels(left.labels, right.labels) ||
    a.localeCompare(b, 'en', { numeric: true })
  );
}

function parseProvision(address: string): ParsedProvision {
  const text = address.trim();
  if (GENERAL.test(text)) return { rank: Rank.General, head: [], labels: [] };
  const preamble = PREAMBLE.exec(text);
  if (preamble)
    return { rank: Rank.Preamble, head: [], labels: labelsOf(text.slice(preamble[0].length)) };
  const division = DIVISION.exec(text);
  if (division) {
    const kind = DIVISIONS.indexOf((division[1] as string).toLowerCase());
    const head = [kind, numberOf(division[2] as string)];
    return { rank: Rank.Division, head, labels: labelsOf(text.slice(division[0].length)) };
  }
  const article = ARTICLE.exec(text);
  if (article) {
    const suffix = article[2] ? LATIN_SUFFIXES.indexOf(article[2].toLowerCase()) + 1 : 0;
    const head = [Number(article[1]), suffix];
    return { rank: Rank.Article, head, labels: labelsOf(text.slice(article[0].length)) };
  }
  const annex = ANNEX.exec(text);
  if (annex) {
    const head = [annex[1] ? numberOf(annex[1]) : 0];
    return { rank: Rank.Annex, head, labels: labelsOf(text.slice(annex[0].length)) };
  }
  return { rank: Rank.Unknown, head: [], labels: [] };
}

function labelsOf(rest: string): string[] {
  return (rest.match(/\d+|[a-z]+/gi) ?? [])
    .map((label) => label.toLowerCase())
    .filter((label) => !LEVEL_WORDS.has(label));
}

function compareNumbers(a: number[], b: number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const difference = (a[index] as number) - (b[index] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** A shorter address is the parent of a longer one with the same start, and comes first. */
function compareLabels(a: string[], b: string[]): number {
  let previous: LabelKind | undefined;
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const left = a[index] as string;
    const right = b[index] as string;
    const kind = labelKind(left, right, previous);
    const difference = labelValue(left, kind) - labelValue(right, kind);
    if (difference !== 0) return difference;
    if (left !== right) return left < right ? -1 : 1;
    previous = kind;
  }
  return a.length - b.length;
}

/**
 * `(i)` is the ninth subparagraph after a paragraph number but the first item after a letter:
 * UN drafts nest number, letter, roman numeral, letter again. Both labels share the parent, so
 * they get the same reading.
 */
function labelKind(a: string, b: string, previous: LabelKind | undefined): LabelKind {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return 'number';
  const romanPossible = romanValue(a) !== undefined && romanValue(b) !== undefined;
  const letterPossible = letterValue(a) !== undefined && letterValue(b) !== undefined;
  if (romanPossible && (!letterPossible || previous === 'letter')) return 'roman';
  return 'letter';
}

function labelValue(label: string, kind: LabelKind): number {
  if (/^\d+$/.test(label)) return Number(label);
  const value = kind === 'roman' ? romanValue(label) : letterValue(label);
  // Letters that are neither a plain nor a doubled letter (`abc`) sort after every real label.
  return value ?? Number.MAX_SAFE_INTEGER;
}

function numberOf(label: string): number {
  if (/^\d+$/.test(label)) return Number(label);
  return romanValue(label) ?? letterValue(label.toLowerCase()) ?? Number.MAX_SAFE_INTEGER;
}

const ROMAN = /^(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function romanValue(label: string): number | undefined {
  const lower = label.toLowerCase();
  if (!ROMAN.test(lower)) return undefined;
  let total = 0;
  for (let index = 0; index < lower.length; index++) {
    const value = ROMAN_DIGITS[lower[index] as string] as number;
    const next = ROMAN_DIGITS[lower[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** `a` = 1 … `z` = 26, then `aa` = 27, `bb` = 28: how UN drafts go on after (z). */
function letterValue(label: string): number | undefined {
  if (!/^([a-z])\1*$/.test(label)) return undefined;
  return (label.length - 1) * 26 + (label.charCodeAt(0) - 96);
}
