import { describe, expect, it } from 'vitest';
import {
  compareAddresses,
  flattenUnits,
  outlineText,
  sortByDocumentOrder,
  unitAt,
} from '../../../utils/un/outline.ts';
import { Outline, type OutlineUnit } from '../../../utils/un/schemas.ts';
import { fixture } from './fixtures.ts';

const text = fixture('untoc.txt');
const outline = outlineText(text);
const units = flattenUnits(outline.units);
const byAddress = new Map(units.map((unit) => [unit.address, unit]));

function unit(address: string): OutlineUnit {
  const found = byAddress.get(address);
  if (!found) throw new Error(`no unit ${address}`);
  return found;
}

function textOf(address: string): string {
  const { start, end } = unit(address);
  return text.slice(start, end);
}

describe('outline of the UNTOC text', () => {
  it('has the shape the CLI prints', () => {
    expect(Outline.safeParse(outline).success).toBe(true);
    expect(outline.title).toBe('United Nations Convention against Transnational Organized Crime');
    expect(outline.language).toBe('en');
    expect(outline.symbol).toBeUndefined();
  });

  it('finds the 41 articles, numbered 1 to 41, with their titles', () => {
    const articles = outline.units.filter((top) => top.kind === 'article');
    expect(articles).toHaveLength(41);
    expect(outline.units).toHaveLength(41);
    expect(articles.map((article) => article.number)).toEqual(
      Array.from({ length: 41 }, (_, index) => String(index + 1)),
    );
    expect(unit('Art. 1').title).toBe('Statement of purpose');
    expect(unit('Art. 15').title).toBe('Jurisdiction');
    expect(unit('Art. 41').title).toBe('Depositary and languages');
  });

  it('counts paragraphs, subparagraphs and items as the convention has them', () => {
    const count = (kind: string) => units.filter((found) => found.kind === kind).length;
    expect(count('paragraph')).toBe(174);
    expect(count('subparagraph')).toBe(110);
    expect(count('item')).toBe(20);
    expect(unit('Art. 18').children).toHaveLength(30);
  });

  it('reads Art. 2 as subparagraphs (a) to (j), (i) a letter after (h)', () => {
    const children = unit('Art. 2').children;
    expect(children.map((child) => child.number)).toEqual('abcdefghij'.split(''));
    expect(children.every((child) => child.kind === 'subparagraph')).toBe(true);
    expect(textOf('Art. 2(i)')).toMatch(/^i\) “Controlled delivery” shall mean/);
  });

  it('reads (i) after (a) as the first item, not a letter', () => {
    expect(unit('Art. 5(1)(a)(i)').kind).toBe('item');
    expect(unit('Art. 5(1)(a)(ii)').kind).toBe('item');
    expect(textOf('Art. 6(1)(a)(i)')).toMatch(/^\(i\)The conversion or transfer/);
    expect(unit('Art. 18(3)(i)').kind).toBe('subparagraph');
    expect(unit('Art. 29(1)(i)').kind).toBe('subparagraph');
  });

  it('nests `a.` under an item one level deeper', () => {
    expect(textOf('Art. 5(1)(a)(ii)(a)')).toBe(
      'a. Criminal activities of the organized criminal group;',
    );
    expect(unit('Art. 5(1)(a)(ii)').children.map((child) => child.address)).toEqual([
      'Art. 5(1)(a)(ii)(a)',
      'Art. 5(1)(a)(ii)(b)',
    ]);
  });

  it('gives offsets that slice to the unit text, trailing spaces excluded', () => {
    expect(textOf('Art. 3(2)(b)')).toBe(
      'b) It is committed in one State but a substantial part of its preparation, planning, direction or control takes place in another State;',
    );
    expect(textOf('Art. 3(2)')).toMatch(/^2\. {3}For the purpose of paragraph 1 of this article/);
    expect(textOf('Art. 3(2)')).toMatch(/has substantial effects in another State\.$/);
    expect(textOf('Art. 1')).toMatch(/^Article {2}1 {2}\n\nStatement of purpose\n\nThe purpose/);
    for (const found of units) {
      expect(found.end).toBeGreaterThan(found.start);
      expect(text.slice(found.end - 1, found.end)).toMatch(/\S/);
    }
  });

  it('keeps children inside their parent and siblings apart, in document order', () => {
    const check = (siblings: OutlineUnit[], parent?: OutlineUnit) => {
      siblings.forEach((child, index) => {
        if (parent) {
          expect(child.start).toBeGreaterThanOrEqual(parent.start);
          expect(child.end).toBeLessThanOrEqual(parent.end);
        }
        const next = siblings[index + 1];
        if (next) expect(child.end).toBeLessThanOrEqual(next.start);
        check(child.children, child);
      });
    };
    check(outline.units);
    expect(sortByDocumentOrder(units)).toEqual(units);
  });

  it('leaves the testimonium out of article 41', () => {
    expect(textOf('Art. 41(2)')).toMatch(
      /shall be deposited with the Secretary-General of the United Nations\.$/,
    );
    const witness = text.indexOf('IN WITNESS WHEREOF');
    expect(unitAt(outline, witness)).toBeUndefined();
  });

  it('finds the deepest unit at an offset', () => {
    const inside = text.indexOf('Controlled delivery');
    expect(unitAt(outline, inside)?.address).toBe('Art. 2(i)');
    const item = text.indexOf('Agreeing with one or more other persons');
    expect(unitAt(outline, item)?.address).toBe('Art. 5(1)(a)(i)');
    expect(unitAt(outline, unit('Art. 7').start)?.address).toBe('Art. 7');
    expect(unitAt(outline, 0)).toBeUndefined();
  });

  it('sorts its addresses back into document order', () => {
    const addresses = units.map((found) => found.address);
    const shuffled = [...addresses].reverse();
    expect(shuffled.sort(compareAddresses)).toEqual(addresses);
  });
});
