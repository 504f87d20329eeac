import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRevisionFixture, fixtureJson } from '../../fixtures/revisions/build.ts';
import { fixtureDir } from '../../fixtures/revisions/fixture.ts';
import { TrackedText } from '../../fixtures/revisions/tracked-text.ts';

const read = (name: string) => readFileSync(join(fixtureDir, name), 'utf8');

/** Random edits on a short text: replace (insert, delete) and move, at arbitrary offsets. */
const editScript = fc.array(
  fc.record({
    move: fc.boolean(),
    a: fc.nat(),
    b: fc.nat(),
    c: fc.nat(),
    text: fc.string({ maxLength: 5 }),
  }),
  { maxLength: 12 },
);

describe('the tracked edit script behind the ground truth', () => {
  it('maps every surviving old character to the same character in the new text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), editScript, (original, edits) => {
        const doc = new TrackedText(original);
        for (const { move, a, b, c, text } of edits) {
          const length = doc.text.length;
          const [start, end] = [a % (length + 1), b % (length + 1)].sort((x, y) => x - y) as [
            number,
            number,
          ];
          if (!move) doc.replace({ start, end }, text);
          else {
            const to = c % (length + 1);
            if (to <= start || to >= end) doc.move({ start, end }, to);
          }
        }
        const map = doc.newOffsets();
        const targets = [...map].filter((to) => to >= 0);
        expect(new Set(targets).size).toBe(targets.length);
        map.forEach((to, from) => {
          if (to >= 0) expect(doc.text[to]).toBe(original[from]);
        });
      }),
    );
  });

  it('regenerates exactly the committed revision and ground truth', () => {
    const { rev1, fixture } = buildRevisionFixture(read('../un/untoc.txt'));
    expect(rev1).toBe(read('untoc-rev1.txt'));
    expect(fixtureJson(fixture)).toBe(read('passages.json'));
  });
});
