import { letterValue, romanValue } from './numerals.ts';
import type { DocumentShape, OutlineUnit } from './schemas.ts';

/**
 * Human addresses as submissions cite them: `Art. 7(1)(b)(ii)`, `Preamble para. 3`,
 * `Annex I para. 2`, `Chapter II`; in resolutions `Preambular para. 3` and
 * `Operative para. 5(b)`; in reports and notes `para. 12` (their paragraphs are numbered
 * through the whole document); in agendas `Item 4(a)`. Labels stay English whatever the
 * draft's language, so submissions in one language sort and merge alike; `provisionLabel`
 * says them in the document's language.
 */
export function addressOf(
  unit: Pick<OutlineUnit, 'kind' | 'number' | 'explains'>,
  ancestors: OutlineUnit[],
  shape: DocumentShape = 'treaty',
): string {
  const parent = ancestors[ancestors.length - 1];
  const own = ownParagraphAddress(unit, ancestors, shape);
  if (own) return own;
  if (unit.kind === 'section' && unit.explains && shape === 'notes') {
    return `Notes on ${unit.explains}`;
  }
  const numbered = (label: string) => (unit.number ? `${label} ${unit.number}` : label);
  const within = (own: string) =>
    parent && ['annex', 'part', 'chapter'].includes(parent.kind)
      ? `${parent.address}, ${own}`
      : own;
  switch (unit.kind) {
    case 'preamble':
      return 'Preamble';
    case 'annex':
      return numbered('Annex');
    case 'part':
      return within(numbered('Part'));
    case 'chapter':
      return within(numbered('Chapter'));
    case 'section':
      return within(numbered('Section'));
    case 'article': {
      const annex = ancestors.find((ancestor) => ancestor.kind === 'annex');
      return annex ? `${annex.address}, Art. ${unit.number}` : `Art. ${unit.number}`;
    }
    case 'paragraph':
      if (parent?.kind === 'article') return `${parent.address}(${unit.number})`;
      return parent ? `${parent.address} para. ${unit.number}` : `para. ${unit.number}`;
    default:
      return `${parent?.address ?? ''}(${unit.number})`;
  }
}

/**
 * A paragraph as the document's own shape numbers it, outside annexes (an annex keeps the
 * treaty forms): undefined when the treaty rules apply.
 */
function ownParagraphAddress(
  unit: Pick<OutlineUnit, 'kind' | 'number'>,
  ancestors: OutlineUnit[],
  shape: DocumentShape,
): string | undefined {
  if (unit.kind !== 'paragraph' || shape === 'treaty') return undefined;
  if (ancestors.some((ancestor) => ancestor.kind === 'annex' || ancestor.kind === 'article')) {
    return undefined;
  }
  const inPreamble = ancestors.some((ancestor) => ancestor.kind === 'preamble');
  switch (shape) {
    case 'resolution':
      return `${inPreamble ? 'Preambular' : 'Operative'} para. ${unit.number}`;
    case 'agenda':
      return `Item ${unit.number}`;
    default:
      return inPreamble ? undefined : `para. ${unit.number}`;
  }
}

/** What an annotation without a provision is filed under; it sorts first. */
export const GENERAL_PROVISION = 'General';

/**
 * The order of the parts of one container as a draft reads. After the preamble, a container's
 * own paragraphs come first: an outline puts a paragraph that follows a division or article
 * inside it, so `Annex I para. 2` precedes `Annex I, Art. 1`. Divisions come
 * before articles because an article's address does not say which division holds it; when
 * positions are known, callers sort by them instead.
 */
const Rank = {
  Preamble: 0,
  Paragraph: 1,
  Part: 2,
  Chapter: 3,
  Section: 4,
  Article: 5,
  Annex: 6,
  Unknown: 7,
} as const;
type Rank = (typeof Rank)[keyof typeof Rank];

const HEADS = new Map<string, Rank>([
  ['preamble', Rank.Preamble],
  ['pp', Rank.Preamble],
  ['preambular', Rank.Preamble],
  ['operative', Rank.Paragraph],
  ['part', Rank.Part],
  ['chapter', Rank.Chapter],
  ['section', Rank.Section],
  ['art', Rank.Article],
  ['article', Rank.Article],
  ['annex', Rank.Annex],
]);
/** Words that name a level rather than number it (`Preamble para. 3`). */
const LEVEL_WORDS = new Set(['para', 'paras', 'paragraph', 'subpara', 'subparagraph', 'item']);
const LATIN_SUFFIXES = [
  'bis',
  'ter',
  'quater',
  'quinquies',
  'sexies',
  'septies',
  'octies',
  'novies',
  'decies',
];

/** One level of an address: its kind, its label (lower case, '' when unnumbered), `bis` = 1… */
interface AddressPart {
  rank: Rank;
  label: string;
  suffix: number;
}

const UNKNOWN: AddressPart[] = [{ rank: Rank.Unknown, label: '', suffix: 0 }];

const isLabel = (token: string | undefined): token is string =>
  token !== undefined && !HEADS.has(token) && !LEVEL_WORDS.has(token);

/**
 * The levels of an address, `[]` for General, one Unknown part when it starts with neither an
 * address word nor a parenthesised label. Numbers and letters after the first level are
 * paragraph labels, whatever punctuation is between them: `Article 7 (1)` reads as `Art. 7(1)`.
 */
function addressParts(address: string): AddressPart[] {
  const text = address.trim().toLowerCase();
  if (text === '' || text === GENERAL_PROVISION.toLowerCase()) return [];
  const tokens = text.match(/\d+|[a-z]+/g) ?? [];
  const [first] = tokens;
  if (first === undefined || (isLabel(first) && !text.startsWith('('))) return UNKNOWN;
  const parts: AddressPart[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as string;
    if (LEVEL_WORDS.has(token)) continue;
    const head = HEADS.get(token);
    let label = '';
    if (head === undefined) label = token;
    else if (head !== Rank.Preamble && isLabel(tokens[index + 1])) {
      index++;
      label = tokens[index] as string;
    }
    const suffix = LATIN_SUFFIXES.indexOf(tokens[index + 1] ?? '') + 1;
    if (label !== '' && suffix > 0) index++;
    parts.push({ rank: head ?? Rank.Paragraph, label, suffix });
  }
  // An article is cited by its number: `Art. a` is not an address.
  const unnumbered = parts.some((part) => part.rank === Rank.Article && !/^\d+$/.test(part.label));
  return unnumbered ? UNKNOWN : parts;
}

type LabelKind = 'number' | 'letter' | 'roman';

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

/** Divisions and annexes: `Annex` (unnumbered) first, then by number, roman numeral or letter. */
function numberOf(label: string): number {
  if (label === '') return 0;
  if (/^\d+$/.test(label)) return Number(label);
  return romanValue(label) ?? letterValue(label) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Orders addresses as a draft reads when only the addresses are known (submissions, merged
 * sets): General, preamble, a container's own paragraphs, divisions, articles by number and
 * `bis`, `ter`…, annexes, then whatever is not an address. Parents come before their
 * children. Spelled-out forms (`Article 7, paragraph 1`) read like the outline's own; distinct
 * strings never compare equal. Units of one outline sort by `start` instead: see
 * `sortByDocumentOrder`.
 */
export function compareAddresses(a: string, b: string): number {
  const [partsA, partsB] = [addressParts(a), addressParts(b)];
  let previous: LabelKind | undefined;
  for (let index = 0; index < Math.min(partsA.length, partsB.length); index++) {
    const left = partsA[index] as AddressPart;
    const right = partsB[index] as AddressPart;
    if (left.rank !== right.rank) return left.rank - right.rank;
    const kind =
      left.rank === Rank.Paragraph ? labelKind(left.label, right.label, previous) : undefined;
    const order = kind
      ? labelValue(left.label, kind) - labelValue(right.label, kind)
      : numberOf(left.label) - numberOf(right.label);
    if (order !== 0) return order;
    if (left.suffix !== right.suffix) return left.suffix - right.suffix;
    if (left.label !== right.label) return left.label < right.label ? -1 : 1;
    previous = kind;
  }
  return partsA.length - partsB.length || a.localeCompare(b, 'en', { numeric: true });
}
