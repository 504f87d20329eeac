import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAddresses } from '../../../utils/un/address.ts';

/** Each address sorts strictly before the next. */
const DOCUMENT_ORDER = [
  'General',
  'Preamble',
  'Preamble para. 2',
  'Preamble para. 10',
  'Part I',
  'Chapter II',
  'Chapter II, Section 1',
  'Chapter X',
  'Art. 1',
  'Art. 2',
  'Art. 2(a)',
  'Art. 2(h)',
  'Art. 2(i)',
  'Art. 2(j)',
  'Art. 2(z)',
  'Art. 2(aa)',
  'Art. 5(1)(a)(i)',
  'Art. 5(1)(a)(ii)',
  'Art. 5(1)(a)(iv)',
  'Art. 5(1)(a)(v)',
  'Art. 5(1)(a)(ix)',
  'Art. 5(1)(a)(x)',
  'Art. 5(1)(b)',
  'Art. 7',
  'Art. 7(1)',
  'Art. 7(1)(a)',
  'Art. 7(1)(b)',
  'Art. 7(2)',
  'Art. 7(10)',
  'Art. 7 bis',
  'Art. 7 ter',
  'Art. 10',
  'Art. 10(1)',
  'Annex',
  'Annex I',
  'Annex I, Art. 3',
  'Annex I, Art. 10',
  'Annex II',
  'Annex II para. 3',
];

describe('compareAddresses', () => {
  it('orders addresses as the draft reads, numbers numerically', () => {
    const shuffled = [...DOCUMENT_ORDER].reverse();
    expect(shuffled.sort(compareAddresses)).toEqual(DOCUMENT_ORDER);
  });

  it.each([
    ['Art. 2', 'Art. 10'],
    ['Art. 7(1)', 'Art. 7(1)(a)'],
    ['Art. 7(1)(a)', 'Art. 7(2)'],
    ['Preamble', 'Art. 1'],
    ['Art. 99', 'Annex'],
  ])('%s comes before %s', (earlier, later) => {
    expect(compareAddresses(earlier, later)).toBeLessThan(0);
    expect(compareAddresses(later, earlier)).toBeGreaterThan(0);
  });

  it('reads a letter after a number and a roman numeral after a letter', () => {
    expect(compareAddresses('Art. 2(i)', 'Art. 2(v)')).toBeLessThan(0);
    expect(compareAddresses('Art. 2(a)(v)', 'Art. 2(a)(ii)')).toBeGreaterThan(0);
  });

  it('accepts spelled-out and spaced forms', () => {
    expect(compareAddresses('Article 7(1)', 'Art. 7(1)')).not.toBe(0);
    expect(compareAddresses('Article 7 (1)', 'Art. 7(2)')).toBeLessThan(0);
    expect(compareAddresses('article 12', 'Art. 3')).toBeGreaterThan(0);
  });

  it('puts addresses it cannot read after everything else, in a stable order', () => {
    expect(compareAddresses('Footnote 3', 'Annex II')).toBeGreaterThan(0);
    expect(compareAddresses('Footnote 3', 'Footnote 12')).toBeLessThan(0);
  });

  it('is a total order: antisymmetric and transitive on any strings', () => {
    const address = fc.oneof(
      fc.constantFrom(...DOCUMENT_ORDER),
      fc.string({ maxLength: 12 }),
      fc
        .tuple(
          fc.nat(30),
          fc.array(fc.constantFrom('1', '2', '10', 'a', 'b', 'i', 'ii', 'v', 'x'), {
            maxLength: 3,
          }),
        )
        .map(
          ([article, labels]) => `Art. ${article}${labels.map((label) => `(${label})`).join('')}`,
        ),
    );
    fc.assert(
      fc.property(address, address, address, (a, b, c) => {
        expect(Math.sign(compareAddresses(a, b))).toBe(-Math.sign(compareAddresses(b, a)) || 0);
        if (compareAddresses(a, b) <= 0 && compareAddresses(b, c) <= 0) {
          expect(compareAddresses(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});
