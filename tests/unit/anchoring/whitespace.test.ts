import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collapseOnly,
  collapseWhitespace,
  isWhitespaceCode,
} from '../../../utils/anchoring/whitespace.ts';
import { fixture } from '../un/fixtures.ts';

const WHITESPACE = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2003',
  '\u2028',
  '\u202f',
  '\u3000',
  '\ufeff',
];

/** Text mixing words of the six UN languages, every kind of whitespace and lone surrogates. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WHITESPACE),
      fc.constantFrom('Article', 'Статья', 'المادة', '第十八条', 'État', '\ud83d', '\udc4d', '👍'),
      fc.string({ unit: 'binary', maxLength: 5 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

function expectCollapsed(original: string): void {
  const { text: collapsed, toOriginal } = collapseWhitespace(original);
  expect(collapsed).toBe(collapseOnly(original));
  expect(toOriginal.length).toBe(collapsed.length + 1);
  expect(toOriginal[collapsed.length]).toBe(original.length);
  for (let i = 0; i < collapsed.length; i++) {
    const at = toOriginal[i] as number;
    if (collapsed[i] === ' ' && isWhitespaceCode(original.charCodeAt(at))) {
      // A run's one space points at the run's first character.
      expect(at === 0 || !isWhitespaceCode(original.charCodeAt(at - 1))).toBe(true);
    } else {
      expect(original[at]).toBe(collapsed[i]);
    }
    if (i > 0) expect(at).toBeGreaterThan(toOriginal[i - 1] as number);
  }
}

describe('collapsing whitespace with the way back', () => {
  it('gives the same text as collapsing alone, every character mapped to where it came from', () => {
    fc.assert(fc.property(text, expectCollapsed), { numRuns: 500 });
  });

  it('collapses a whole treaty, many chunks of code units long, the same way', () => {
    const treaty = fixture('untoc.txt');
    expect(treaty.length).toBeGreaterThan(8 * 8_192);
    expectCollapsed(treaty);
  });
});
