import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenUnits, outlineText, unitAt } from '../../../utils/un/outline.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** A draft's shape: per article, per paragraph, per subparagraph, how many items. */
const draftShape = fc.array(
  fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 12 }), {
    minLength: 1,
    maxLength: 4,
  }),
  { minLength: 1, maxLength: 6 },
);

function render(shape: number[][][]): { text: string; addresses: string[] } {
  const lines = ['Draft convention'];
  const addresses: string[] = [];
  shape.forEach((paragraphs, a) => {
    const article = `Art. ${a + 1}`;
    lines.push(`Article ${a + 1}`, `Title of article ${a + 1}`);
    addresses.push(article);
    paragraphs.forEach((subparagraphs, p) => {
      lines.push(`${p + 1}. Paragraph text${subparagraphs.length > 0 ? ':' : '.'}`);
      addresses.push(`${article}(${p + 1})`);
      subparagraphs.forEach((items, s) => {
        lines.push(`(${LETTERS[s]}) Subparagraph text${items > 0 ? ':' : ';'}`);
        addresses.push(`${article}(${p + 1})(${LETTERS[s]})`);
        for (let i = 0; i < items; i++) {
          lines.push(`(${ROMAN[i]}) Item text;`);
          addresses.push(`${article}(${p + 1})(${LETTERS[s]})(${ROMAN[i]})`);
        }
      });
    });
  });
  return { text: lines.join('\n'), addresses };
}

describe('outline properties', () => {
  it('recovers every address of a generated draft, (i) after (h) included', () => {
    fc.assert(
      fc.property(draftShape, (shape) => {
        const { text, addresses } = render(shape);
        const units = flattenUnits(outlineText(text).units);
        expect(units.map((unit) => unit.address)).toEqual(addresses);
      }),
    );
  });

  it('starts each unit at its mark and finds it again at its start', () => {
    fc.assert(
      fc.property(draftShape, (shape) => {
        const { text } = render(shape);
        const outline = outlineText(text);
        for (const unit of flattenUnits(outline.units)) {
          expect(text.slice(unit.start)).toMatch(/^(?:Article \d|\d+\. |\([a-z]+\) )/);
          expect(unitAt(outline, unit.start)).toBe(unit);
          expect(text.slice(unit.end - 1, unit.end)).toMatch(/[.;:\d]/);
        }
      }),
    );
  });
});
