import { seededRandom, untoc } from './corpus.ts';
import { type Edit, type Revision, revise, type Truth } from './revision.ts';
import { renumbered } from './scenarios.ts';

/**
 * Revised drafts of the UNTOC text, one per kind of edit seen between UN revisions, each with the
 * passages a reader would have chosen around the edits: a passage with the edit inside it, a
 * short passage (1–3 words) just beside it, and, where words were cut, a passage inside the cut.
 * Where every passage truly is comes from the edit script (see revise), not from a matcher.
 */
export interface EditKindCase {
  kind: string;
  old: string;
  revision: Revision;
  passages: Array<{ start: number; end: number; truth: Truth }>;
}

/** What became of a passage, by its ground truth. */
export type PassageFate = 'unchanged' | 'edited inside' | 'deleted';

export function fateOf(truth: Truth): PassageFate {
  return truth.kind === 'same'
    ? 'unchanged'
    : truth.kind === 'changed'
      ? 'edited inside'
      : 'deleted';
}

const EDITS_PER_KIND = 60;
/** Edits this far apart leave each passage at most one edit, and context around it. */
const SPACING = 400;

interface Word {
  start: number;
  end: number;
}

const words: Word[] = [...untoc.matchAll(/[^\s#]\S*/g)]
  .filter((match) => !isHeading(untoc, match.index))
  .map((match) => ({ start: match.index, end: match.index + match[0].length }));

function isHeading(text: string, offset: number): boolean {
  return text.charCodeAt(text.lastIndexOf('\n', offset) + 1) === 0x23;
}

const lines = [...untoc.matchAll(/^[^\n#]{120,}$/gm)].map((match) => ({
  start: match.index,
  end: match.index + match[0].length,
}));

const SUBSTITUTES = ['may', 'should', 'cooperation', 'measures', 'competent', 'authorities'];
const INSERTED = [
  'and, where appropriate, regional ',
  'in accordance with its domestic law ',
  'consistent with international human rights obligations ',
  'as soon as practicable ',
];

/** Index of the first word starting at or after `offset`. */
function wordAt(offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((words[middle] as Word).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Word indices spread over the text, at least SPACING characters apart. */
function spreadWords(count: number, random: () => number): number[] {
  const step = untoc.length / count;
  const picks: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = wordAt(Math.floor(i * step + random() * (step - SPACING)));
    // Room on both sides for the passage around the edit (up to 8 words) and the edit itself.
    if (at >= 10 && at < words.length - 30) picks.push(at);
  }
  return picks;
}

const int = (random: () => number, from: number, to: number) =>
  from + Math.floor(random() * (to - from + 1));

/** A passage of whole words from word `first` to word `last`, both included. */
function span(first: number, last: number) {
  return { start: (words[first] as Word).start, end: (words[last] as Word).end };
}

/** The passage around words `first`..`last` (the edit), and a short one just before or after. */
function around(first: number, last: number, random: () => number) {
  const before = int(random, 2, 8);
  const after = int(random, 2, 8);
  const short = int(random, 1, 3);
  const shortPassage =
    random() < 0.5 ? span(first - short, first - 1) : span(last + 1, last + short);
  return [span(first - before, last + after), shortPassage];
}

function substitutions(random: () => number) {
  const edits: Edit[] = [];
  const ranges: Array<{ start: number; end: number }> = [];
  spreadWords(EDITS_PER_KIND, random).forEach((at, i) => {
    const word = words[at] as Word;
    const core = /^[\w’'-]+/.exec(untoc.slice(word.start, word.end))?.[0] ?? '';
    const substitute = SUBSTITUTES[i % SUBSTITUTES.length] as string;
    if (core.length < 3 || core === substitute) return;
    edits.push({
      kind: 'replace',
      start: word.start,
      end: word.start + core.length,
      text: substitute,
    });
    ranges.push(...around(at, at, random));
  });
  return { edits, ranges };
}

function insertions(random: () => number) {
  const edits: Edit[] = [];
  const ranges: Array<{ start: number; end: number }> = [];
  spreadWords(EDITS_PER_KIND, random).forEach((at, i) => {
    const word = words[at] as Word;
    edits.push({
      kind: 'replace',
      start: word.start,
      end: word.start,
      text: INSERTED[i % INSERTED.length] as string,
    });
    // The words before the insertion, then the word it was inserted before and some after.
    const before = int(random, 2, 8);
    const after = int(random, 1, 7);
    const short = int(random, 1, 3);
    ranges.push(span(at - before, at + after));
    ranges.push(random() < 0.5 ? span(at - short, at - 1) : span(at, at + short - 1));
  });
  return { edits, ranges };
}

function deletions(random: () => number) {
  const edits: Edit[] = [];
  const ranges: Array<{ start: number; end: number }> = [];
  spreadWords(EDITS_PER_KIND, random).forEach((at) => {
    const count = int(random, 1, 6);
    const last = at + count - 1;
    const next = words[last + 1] as Word;
    edits.push({ kind: 'replace', start: (words[at] as Word).start, end: next.start, text: '' });
    ranges.push(...around(at, last, random));
    if (count >= 3) ranges.push(span(at + 1, last - 1));
  });
  return { edits, ranges };
}

function deletedParagraphs(random: () => number) {
  const edits: Edit[] = [];
  const ranges: Array<{ start: number; end: number }> = [];
  const step = lines.length / 30;
  for (let i = 0; i < 30; i++) {
    const line = lines[Math.floor(i * step + random() * step * 0.5)] as Word;
    edits.push({ kind: 'replace', start: line.start, end: line.end + 1, text: '' });
    const first = wordAt(line.start);
    const last = wordAt(line.end) - 1;
    const from = int(random, first, last - 2);
    ranges.push(span(from, Math.min(last, from + int(random, 0, 12))));
    // The last words of the paragraph before, or the first of the paragraph after.
    const short = int(random, 1, 3);
    ranges.push(random() < 0.5 ? span(first - short, first - 1) : span(last + 1, last + short));
  }
  return { edits, ranges };
}

function renumbering(random: () => number) {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const heading of untoc.matchAll(/### Article {2}(\d+)/g)) {
    if (Number(heading[1]) < 10) continue;
    // The heading with its title (the number edited inside), and passages of the article's text.
    const titleEnd = untoc.indexOf('\n', untoc.indexOf('####', heading.index));
    ranges.push({ start: heading.index, end: titleEnd });
    const body = wordAt(titleEnd);
    for (let k = 0; k < 2; k++) {
      // The last article is short: passages stay inside the text.
      const from = Math.min(body + int(random, 0, 60), words.length - 13);
      ranges.push(span(from, from + int(random, 0, 12)));
    }
  }
  return { edits: renumbered(), ranges };
}

/** Phrases of four to six words that stand at least twice in the text. */
function recurringPhrases(): Array<{ first: number; last: number }> {
  const seen = new Map<string, number>();
  const found: Array<{ first: number; last: number }> = [];
  for (let length = 4; length <= 6; length++) {
    for (let i = 0; i + length < words.length; i++) {
      const phrase = words
        .slice(i, i + length)
        .map((word) => untoc.slice(word.start, word.end))
        .join(' ');
      if (
        !/^[\w’'-]+$/.test(
          untoc.slice((words[i + length - 1] as Word).start, (words[i + length - 1] as Word).end),
        )
      )
        continue;
      const earlier = seen.get(phrase);
      if (earlier !== undefined) found.push({ first: i, last: i + length - 1 });
      else seen.set(phrase, i);
    }
  }
  return found;
}

/** A phrase cut at one of its places while it stands elsewhere too: "States Parties, in particular the". */
function recurringDeletions(random: () => number) {
  const edits: Edit[] = [];
  const ranges: Array<{ start: number; end: number }> = [];
  const phrases = recurringPhrases().sort((a, b) => a.first - b.first);
  let lastEnd = -SPACING;
  for (const { first, last } of phrases) {
    const start = (words[first] as Word).start;
    if (start - lastEnd < SPACING || first < 10 || last + 10 >= words.length) continue;
    if (random() < 0.5) continue;
    const next = words[last + 1] as Word;
    edits.push({ kind: 'replace', start, end: next.start, text: '' });
    lastEnd = next.start;
    ranges.push(span(first, last));
    ranges.push(...around(first, last, random));
    if (edits.length === EDITS_PER_KIND) break;
  }
  return { edits, ranges };
}

const KINDS: Array<
  [
    string,
    (random: () => number) => { edits: Edit[]; ranges: Array<{ start: number; end: number }> },
  ]
> = [
  ['substitutions', substitutions],
  ['insertions', insertions],
  ['deletions', deletions],
  ['deleted paragraphs', deletedParagraphs],
  ['renumbering', renumbering],
  ['deleted phrases that recur elsewhere', recurringDeletions],
];

/** Every kind of edit, seeded: the same drafts and passages on every run. */
export function editKindCases(seed = 16): EditKindCase[] {
  return KINDS.map(([kind, make], i) => {
    const { edits, ranges } = make(seededRandom(seed + i));
    const revision = revise(untoc, edits);
    const passages = ranges.flatMap((range) => {
      const truth = revision.truth(range.start, range.end);
      return truth === 'split' ? [] : [{ ...range, truth }];
    });
    return { kind, old: untoc, revision, passages };
  });
}
