import type { AnchorResult } from '../../../../utils/anchoring/anchor.ts';
import { seededRandom, untoc } from './corpus.ts';
import type { Edit, Truth } from './revision.ts';

/** Revised drafts made from the fixture, each with a kind of change seen between UN revisions. */
export interface Scenario {
  name: string;
  edits: Edit[];
}

const wordStarts = [...untoc.matchAll(/(?<=\s)\w/g)].map((match) => match.index);
const lineStarts = [...untoc.matchAll(/^[^\n#]{120,}$/gm)].map((match) => ({
  start: match.index,
  end: match.index + match[0].length,
}));

const PHRASES = [
  'and, where appropriate, regional ',
  'in accordance with its domestic law ',
  'consistent with international human rights obligations ',
  'as soon as practicable ',
];
const WORDS = ['may', 'should', 'cooperation', 'measures', 'competent', 'authorities'];

function spreadPicks<T>(items: readonly T[], count: number, seed: number): T[] {
  const random = seededRandom(seed);
  const step = items.length / count;
  return Array.from(
    { length: count },
    (_, i) => items[Math.floor(i * step + random() * step * 0.5)] as T,
  );
}

function insertions(): Edit[] {
  return spreadPicks(wordStarts, 40, 11).map((at, i) => ({
    kind: 'replace',
    start: at,
    end: at,
    text: PHRASES[i % PHRASES.length] as string,
  }));
}

function deletions(): Edit[] {
  const random = seededRandom(12);
  return spreadPicks(wordStarts, 40, 13).map((at) => ({
    kind: 'replace',
    start: at,
    end: at + 5 + Math.floor(random() * 50),
    text: '',
  }));
}

function substitutions(): Edit[] {
  return spreadPicks(wordStarts, 60, 14).map((at, i) => {
    const word = /^\w+/.exec(untoc.slice(at))?.[0] ?? '';
    return {
      kind: 'replace',
      start: at,
      end: at + word.length,
      text: WORDS[i % WORDS.length] as string,
    };
  });
}

/** A new article 10 inserted, and every article from 10 on renumbered one higher. */
export function renumbered(): Edit[] {
  const headings = [...untoc.matchAll(/### Article {2}(\d+)/g)];
  const newArticle =
    '### Article  10  \n\n####Liability of intermediaries\n\nEach State Party shall consider measures on the liability of service providers. \n\n';
  const edits: Edit[] = [];
  for (const heading of headings) {
    const number = Number(heading[1]);
    if (number < 10) continue;
    const digits = heading.index + heading[0].length - (heading[1] as string).length;
    if (number === 10)
      edits.push({ kind: 'replace', start: heading.index, end: heading.index, text: newArticle });
    edits.push({
      kind: 'replace',
      start: digits,
      end: digits + (heading[1] as string).length,
      text: String(number + 1),
    });
  }
  return edits;
}

function movedParagraphs(): Edit[] {
  const picks = spreadPicks(lineStarts, 8, 15);
  return [0, 2, 4, 6].map((i) => {
    const line = picks[i] as { start: number; end: number };
    const target = picks[i + 1] as { start: number; end: number };
    return { kind: 'move', start: line.start, end: line.end + 1, to: target.end + 1 };
  });
}

function deletedParagraphs(): Edit[] {
  return spreadPicks(lineStarts, 8, 16).map((line) => ({
    kind: 'replace',
    start: line.start,
    end: line.end + 1,
    text: '',
  }));
}

export const scenarios: Scenario[] = [
  { name: 'unchanged', edits: [] },
  { name: 'insertions', edits: insertions() },
  { name: 'deletions', edits: deletions() },
  { name: 'substitutions', edits: substitutions() },
  { name: 'renumbered articles', edits: renumbered() },
  { name: 'moved paragraphs', edits: movedParagraphs() },
  { name: 'deleted paragraphs', edits: deletedParagraphs() },
];

export type Verdict = 'right' | 'wrong' | 'orphan';

/** An anchor is right only where the passage truly is; an orphan is never wrong, only lost. */
export function judge(result: AnchorResult, truth: Truth): Verdict {
  if (result.status === 'orphan') return 'orphan';
  if (truth.kind === 'gone') return 'wrong';
  if (truth.kind === 'same') {
    return result.start === truth.start && result.end === truth.end ? 'right' : 'wrong';
  }
  const overlap = Math.min(result.end, truth.end) - Math.max(result.start, truth.start);
  const longer = Math.max(result.end - result.start, truth.end - truth.start);
  return overlap >= longer / 2 ? 'right' : 'wrong';
}
