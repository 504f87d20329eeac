import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../../../cli/commands/validate.ts';

const ROOT = path.resolve(__dirname, '../../../..');
const schema = JSON.parse(
  readFileSync(path.join(ROOT, 'utils/formats/schemas/redline-set.schema.json'), 'utf8'),
);
const original = readFileSync(
  path.join(ROOT, 'tests/fixtures/formats/untoc-comments.redline.json'),
  'utf8',
);

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('date-time', (value: string) =>
  /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value),
);
const bySchema = ajv.compile(schema);

type Json = Record<string, unknown>;
type Mutation = [string, (file: Json & { annotations: Json[]; sets: Json[] }) => void];

/** Small changes a colleague's tool or a careless hand might make, sound or not. */
const MUTATIONS: Mutation[] = [
  ['nothing', () => {}],
  ['an extra top-level key', (f) => Object.assign(f, { generator: 'other tool' })],
  [
    'an extra key on an annotation',
    (f) => Object.assign(f.annotations[0] as Json, { colour: 'x' }),
  ],
  ['an extra key on a set', (f) => Object.assign(f.sets[0] as Json, { public: true })],
  [
    'an extra key in a selector',
    (f) =>
      Object.assign((f.annotations[0] as { target: { quote: Json } }).target.quote, { note: 1 }),
  ],
  ['a comment as a number', (f) => Object.assign(f.annotations[1] as Json, { comment: 7 })],
  [
    'no exportedAt',
    (f) => {
      delete f.exportedAt;
    },
  ],
  [
    'no author',
    (f) => {
      delete (f.annotations[2] as Json).author;
    },
  ],
  [
    'no dates on an annotation',
    (f) => {
      delete (f.annotations[2] as Json).createdAt;
      delete (f.annotations[2] as Json).updatedAt;
    },
  ],
  ['a private comment', (f) => Object.assign(f.annotations[0] as Json, { private: true })],
  ['private: false', (f) => Object.assign(f.annotations[0] as Json, { private: false })],
  [
    'a link',
    (f) => Object.assign(f.annotations[0] as Json, { links: ['https://undocs.org/A/AC.291/22'] }),
  ],
  [
    'a javascript: link',
    (f) => Object.assign(f.annotations[0] as Json, { links: ['javascript:alert(1)'] }),
  ],
  [
    'a reply',
    (f) => Object.assign(f.annotations[0] as Json, { replies: [{ id: 'r1', text: 'Agreed.' }] }),
  ],
  [
    'a reply without text',
    (f) => Object.assign(f.annotations[0] as Json, { replies: [{ id: 'r1' }] }),
  ],
  ['a colour name', (f) => Object.assign(f.sets[0] as Json, { colour: 'yellow' })],
  [
    'a negative offset',
    (f) =>
      Object.assign((f.annotations[0] as { target: Json }).target, {
        position: { type: 'TextPositionSelector', start: -1, end: 3 },
      }),
  ],
  [
    'a date without zone',
    (f) => Object.assign(f.annotations[0] as Json, { updatedAt: '2026-11-01T10:00:00' }),
  ],
  [
    'a tag of 501 characters',
    (f) => Object.assign(f.annotations[0] as Json, { tags: ['t'.repeat(501)] }),
  ],
  ['version 2', (f) => Object.assign(f, { version: 2 })],
  ['no sets', (f) => Object.assign(f, { sets: [] })],
];

describe('the committed JSON Schema and `redline validate` agree', () => {
  it.each(MUTATIONS)('on a set file with %s', (_, mutate) => {
    const file = JSON.parse(original);
    mutate(file);
    const schemaSays = bySchema(file);
    const validateSays = validateFile(new TextEncoder().encode(JSON.stringify(file))).ok;
    expect({ validateSays }).toEqual({ validateSays: schemaSays });
  });

  it('refuses the unsound mutations (the test mutates in both directions)', () => {
    const verdicts = MUTATIONS.map(([name, mutate]) => {
      const file = JSON.parse(original);
      mutate(file);
      return [name, bySchema(file)] as const;
    });
    expect(verdicts.filter(([, ok]) => ok).length).toBe(7);
    expect(verdicts.filter(([, ok]) => !ok).length).toBe(14);
  });
});
