import { describe, expect, it } from 'vitest';
import { describePassage } from '../../../utils/anchoring/describe.ts';
import { fingerprintText } from '../../../utils/anchoring/fingerprint.ts';
import { SearchText } from '../../../utils/anchoring/search-text.ts';
import { passageSelectorsSchema } from '../../../utils/anchoring/selectors.ts';
import { indexUnits } from '../../../utils/anchoring/units.ts';
import { collapseWhitespace } from '../../../utils/anchoring/whitespace.ts';

describe('structural units', () => {
  const units = [
    { address: 'Art. 1', start: 0, end: 100 },
    { address: 'Art. 1(1)', start: 10, end: 50 },
    { address: 'Art. 1(1)(a)', start: 20, end: 30 },
    { address: 'Art. 1(2)', start: 50, end: 90 },
    { address: 'Art. 2', start: 120, end: 200 },
  ];
  const lookup = indexUnits(units);

  it('finds the deepest unit containing an offset', () => {
    expect(lookup.at(5)?.address).toBe('Art. 1');
    expect(lookup.at(25)?.address).toBe('Art. 1(1)(a)');
    expect(lookup.at(30)?.address).toBe('Art. 1(1)');
    expect(lookup.at(50)?.address).toBe('Art. 1(2)');
    expect(lookup.at(95)?.address).toBe('Art. 1');
    expect(lookup.at(110)).toBeUndefined();
    expect(lookup.at(199)?.address).toBe('Art. 2');
    expect(lookup.at(200)).toBeUndefined();
  });

  it('finds a unit by its address', () => {
    expect(lookup.byAddress('Art. 1(2)')).toEqual({ address: 'Art. 1(2)', start: 50, end: 90 });
    expect(lookup.byAddress('Art. 3')).toBeUndefined();
  });
});

describe('describing a passage', () => {
  const text = `${'x'.repeat(50)}1.   States Parties shall cooperate.${'y'.repeat(50)}`;
  const doc = new SearchText(text, [{ address: 'Art. 4(1)', start: 50, end: 86 }]);
  const start = text.indexOf('States');
  const passage = describePassage(doc, start, start + 'States Parties'.length);

  it('keeps the quote with 32 characters of context, its position, unit and version', () => {
    expect(passage).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'States Parties',
        prefix: `${'x'.repeat(27)}1.   `,
        suffix: ` shall cooperate.${'y'.repeat(15)}`,
      },
      position: { type: 'TextPositionSelector', start, end: start + 14 },
      structure: { type: 'StructuralSelector', address: 'Art. 4(1)', offset: 5, unitLength: 36 },
      documentVersion: fingerprintText(text),
    });
    expect(passageSelectorsSchema.parse(passage)).toEqual(passage);
  });

  it('rejects a passage outside the text', () => {
    expect(() => describePassage(doc, 10, text.length + 1)).toThrow(RangeError);
  });

  it('rejects selectors whose end precedes their start', () => {
    const bad = { ...passage, position: { type: 'TextPositionSelector', start: 9, end: 3 } };
    expect(passageSelectorsSchema.safeParse(bad).success).toBe(false);
  });
});

describe('whitespace and fingerprints', () => {
  it('collapses whitespace runs and maps each character back', () => {
    const { text, toOriginal } = collapseWhitespace('a \n\t b\u00a0\u00a0c ');
    expect(text).toBe('a b c ');
    expect([...toOriginal]).toEqual([0, 1, 5, 6, 8, 9, 10]);
  });

  it('gives the same fingerprint whatever the line breaks, another for other words', () => {
    expect(fingerprintText('States  Parties\nshall')).toBe(
      fingerprintText(' States Parties shall '),
    );
    expect(fingerprintText('States Parties shall')).not.toBe(fingerprintText('States Parties may'));
    expect(fingerprintText('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});
