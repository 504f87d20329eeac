/**
 * `node --import tsx bench/export.ts`: 1,000 comments on the UNTOC text to every format, with
 * time and size, and ratios against peers run on the same input in the same process:
 * CSV against papaparse's `unparse`, JSON against a bare `JSON.stringify` (the price of the
 * schema check), the word diff against diff-match-patch's character diff with semantic cleanup.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Annotation, Proposal } from '../utils/formats/annotation.ts';
import { CSV_COLUMNS, csvRow, submissionToCsv } from '../utils/formats/export/csv.ts';
import { submissionToDocx } from '../utils/formats/export/docx.ts';
import { submissionToJson } from '../utils/formats/export/json.ts';
import { submissionToMarkdown } from '../utils/formats/export/markdown.ts';
import { submissionToW3c } from '../utils/formats/export/w3c.ts';
import { characterDiff, wordDiff } from '../utils/formats/export/word-diff.ts';
import {
  buildSubmission,
  type SubmissionInput,
  selectAnnotations,
} from '../utils/formats/submission-build.ts';

const COMMENTS = 1_000;
const RUNS = 5;
const FIXTURES = path.resolve(import.meta.dirname, '../tests/fixtures/formats');
const text = readFileSync(path.join(FIXTURES, 'untoc-2000-en.txt'), 'utf8');

/** Deterministic, so every run measures the same input. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function syntheticAnnotations(): Annotation[] {
  const next = random(7);
  const sentences = [...text.matchAll(/[A-Z][^.;\n]{40,400}[.;]/g)];
  const words = text.match(/[a-z]{4,}/g) ?? [];
  return Array.from({ length: COMMENTS }, (_, index) => {
    const match = sentences[Math.floor(next() * sentences.length)] as RegExpMatchArray;
    const exact = match[0];
    const start = match.index as number;
    const edited = exact
      .split(' ')
      .map((word) => (next() < 0.12 ? (words[Math.floor(next() * words.length)] as string) : word))
      .join(' ');
    const kinds: Proposal['kind'][] = ['replace', 'replace', 'insert', 'delete'];
    const kind = kinds[index % kinds.length] as Proposal['kind'];
    const stamp = new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString();
    return {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      setId: 'bench',
      documentKey: 'A/RES/55/25|en',
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact,
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: '',
        },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
        documentVersion: 'bench',
      },
      provision: `Art. ${1 + (index % 41)}(${1 + (index % 7)})`,
      comment: `Comment ${index}: "quoted", with commas, and a line\nbreak. تعليق 评论`,
      proposal: {
        kind,
        text: kind === 'replace' ? edited : kind === 'insert' ? 'and other safeguards' : '',
      },
      rationale: 'Rationale with <b>markup</b> & =formula-looking text.',
      tags: ['bench', `tag-${index % 9}`],
      stance: 'amend',
      priority: 'medium',
      author: { id: 'author', name: 'Bench Author' },
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
}

async function measure(run: () => unknown): Promise<{ ms: number; output: unknown }> {
  let output = await run();
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now();
    output = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, output };
}

const size = (output: unknown) =>
  typeof output === 'string'
    ? Buffer.byteLength(output)
    : output instanceof Uint8Array
      ? output.length
      : 0;

const annotations = syntheticAnnotations();
const input: SubmissionInput = {
  profile: {
    organisation: 'Bench',
    acronym: 'B',
    country: '',
    contactName: '',
    contactEmail: '',
    accreditation: '',
  },
  document: { key: 'A/RES/55/25|en', symbol: 'A/RES/55/25', language: 'en', versions: ['bench'] },
  annotations,
  date: '2024-02-15',
};
const submission = buildSubmission(input);
const rows = submission.items.map((item) => csvRow(item, submission));
/** papaparse writes the very cells submissionToCsv writes, so both outputs can be compared. */
const papaparseCsv = () =>
  Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: true });
const pairs = submission.items.map((item) => [item.quote, item.proposal?.text ?? ''] as const);

const table: Array<{ task: string; ms: string; bytes: string; peer: string; ratio: string }> = [];
async function row(task: string, ours: () => unknown, peer?: { name: string; run: () => unknown }) {
  const mine = await measure(ours);
  const other = peer && (await measure(peer.run));
  table.push({
    task,
    ms: mine.ms.toFixed(1),
    bytes: size(mine.output) ? size(mine.output).toLocaleString('en') : '',
    peer: other ? `${peer.name} ${other.ms.toFixed(1)} ms` : '',
    ratio: other ? `${(mine.ms / other.ms).toFixed(2)}x` : '',
  });
}

await row('build submission (filter + order)', () => buildSubmission(input));
await row('docx', () => submissionToDocx(submission));
await row('markdown', () => submissionToMarkdown(submission));
await row('csv', () => submissionToCsv(submission), {
  name: 'papaparse unparse',
  run: papaparseCsv,
});
await row('json (schema-checked)', () => submissionToJson(submission), {
  name: 'JSON.stringify',
  run: () => JSON.stringify(submission, null, 2),
});
await row('w3c json-ld', () =>
  submissionToW3c(selectAnnotations(input), submission.document, {
    collectionId: 'urn:uuid:bench',
  }),
);
await row(
  'word diff (1,000 replacements)',
  () => pairs.map(([before, after]) => wordDiff(before, after)),
  {
    name: 'dmp char diff + cleanupSemantic',
    run: () => pairs.map(([before, after]) => characterDiff(before, after)),
  },
);

/** Boundaries between parts that fall inside a word: `t~~hree~~__wo__` is hard to read. */
const splitWords = (diff: typeof wordDiff) =>
  pairs.reduce((sum, [before, after]) => {
    const parts = diff(before, after);
    return (
      sum +
      parts.slice(1).filter((part, index) => {
        const previous = parts[index] as (typeof parts)[number];
        const touchesEqual = previous.op === 'equal' || part.op === 'equal';
        return touchesEqual && /\p{L}$/u.test(previous.text) && /^\p{L}/u.test(part.text);
      }).length
    );
  }, 0);

console.log(
  `Redline export benchmark: ${COMMENTS.toLocaleString('en')} comments, median of ${RUNS} runs, Node ${process.version}`,
);
console.table(table);
console.log(
  `words cut in two by a diff boundary: word diff ${splitWords(wordDiff)}, character diff ${splitWords(characterDiff)}`,
);
const cells = (csv: string) =>
  JSON.stringify(Papa.parse(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data);
console.log(
  `CSV cells equal papaparse's, read back (quoting style differs): ${cells(submissionToCsv(submission)) === cells(papaparseCsv())}`,
);
