import { romanValue } from './numerals.ts';
import type { OutlineUnit } from './schemas.ts';

/**
 * Human addresses as submissions cite them: `Art. 7(1)(b)(ii)`, `Preamble para. 3`,
 * `Annex I para. 2`, `Chapter II`. Labels stay English whatever the draft's language, so
 * submissions in one language sort and merge alike.
 */
export function addressOf(
  unit: Pick<OutlineUnit, 'kind' | 'number'>,
  ancestors: OutlineUnit[],
): string {
  const parent = ancestors[ancestors.length - 1];
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

/** Address words in document order; what follows in parentheses sorts within them. */
const RANKS: Record<string, number> = {
  Preamble: 0,
  Part: 1,
  Chapter: 2,
  Section: 3,
  'Art.': 4,
  'para.': 5,
  Annex: 6,
};
const ADDRESS_PART =
  /(Preamble|Annex|Part|Chapter|Section|Art\.|para\.)(?:\s+(?!para\.|Art\.)([^\s,(]+(?:\s+(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)\b)?))?|\(([^)]*)\)/g;
const LATIN_SUFFIXES = [
  '',
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

const ROMAN_LIKE = /^[ivx]+$/i;

/**
 * Two labels of the same place: numbers by value, `7 bis` after 7, roman numerals by value,
 * letters a…z then aa. Only i, v and x count as roman: as letters they sort the same way, while
 * (c), (d), (l) are far more often letters than 100, 500, 50.
 */
function compareLabels(a: string, b: string): number {
  const [headA = '', suffixA = ''] = a.split(/\s+/);
  const [headB = '', suffixB = ''] = b.split(/\s+/);
  let order: number;
  if (/^\d+$/.test(headA) && /^\d+$/.test(headB)) order = Number(headA) - Number(headB);
  else if (ROMAN_LIKE.test(headA) && ROMAN_LIKE.test(headB)) {
    order = (romanValue(headA) ?? 0) - (romanValue(headB) ?? 0);
  } else
    order = headA.length - headB.length || headA.toLowerCase().localeCompare(headB.toLowerCase());
  return order || LATIN_SUFFIXES.indexOf(suffixA) - LATIN_SUFFIXES.indexOf(suffixB);
}

function addressParts(address: string): Array<[number, string]> {
  const parts: Array<[number, string]> = [];
  for (const match of address.matchAll(ADDRESS_PART)) {
    const [, word, label, parenthesised] = match;
    if (word) parts.push([RANKS[word] as number, label ?? '']);
    else parts.push([RANKS['para.'] as number, parenthesised ?? '']);
  }
  return parts;
}

/**
 * Orders addresses as a draft reads when only the addresses are known (submissions, merged
 * sets): preamble, divisions, articles by number, paragraphs within them, annexes last.
 * Units of one outline sort by `start` instead: see `sortByDocumentOrder`.
 */
export function compareAddresses(a: string, b: string): number {
  const [partsA, partsB] = [addressParts(a), addressParts(b)];
  for (let index = 0; index < Math.min(partsA.length, partsB.length); index++) {
    const [rankA, labelA] = partsA[index] as [number, string];
    const [rankB, labelB] = partsB[index] as [number, string];
    const order = rankA - rankB || compareLabels(labelA, labelB);
    if (order !== 0) return order;
  }
  return partsA.length - partsB.length;
}
