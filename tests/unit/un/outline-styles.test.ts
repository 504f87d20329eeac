import { describe, expect, it } from 'vitest';
import { compareAddresses, flattenUnits, outlineText } from '../../../utils/un/outline.ts';
import type { OutlineUnit } from '../../../utils/un/schemas.ts';

function outlineOf(lines: string[]) {
  const text = lines.join('\n');
  const outline = outlineText(text);
  const units = flattenUnits(outline.units);
  const at = (address: string): OutlineUnit => {
    const found = units.find((unit) => unit.address === address);
    if (!found) throw new Error(`no ${address} in ${units.map((unit) => unit.address).join(', ')}`);
    return found;
  };
  const textOf = (address: string) => text.slice(at(address).start, at(address).end);
  return { text, outline, units, addresses: units.map((unit) => unit.address), at, textOf };
}

describe('numbering styles', () => {
  it('reads `1.` paragraphs, `(a)` subparagraphs and `(i)` items', () => {
    const { addresses, textOf } = outlineOf([
      'Article 1',
      '1. Each State Party shall:',
      '(a) Adopt measures;',
      '(i) First;',
      '(ii) Second;',
      '(b) Cooperate.',
      '2. Nothing more.',
    ]);
    expect(addresses).toEqual([
      'Art. 1',
      'Art. 1(1)',
      'Art. 1(1)(a)',
      'Art. 1(1)(a)(i)',
      'Art. 1(1)(a)(ii)',
      'Art. 1(1)(b)',
      'Art. 1(2)',
    ]);
    expect(textOf('Art. 1(1)(a)')).toBe('(a) Adopt measures;\n(i) First;\n(ii) Second;');
  });

  it('reads `a)` and `i)` without opening parentheses', () => {
    const { addresses } = outlineOf([
      'Article 2',
      '1. Text:',
      'a) One:',
      'i) first',
      'ii) second',
      'b) Two',
    ]);
    expect(addresses).toContain('Art. 2(1)(a)(ii)');
    expect(addresses).toContain('Art. 2(1)(b)');
  });

  it('reads the Arabic `1 -` paragraphs, (أ) letters and ’1‘ items', () => {
    const { outline, addresses, at } = outlineOf([
      'المادة 3',
      'نطاق الانطباق',
      '1 - تنطبق هذه الاتفاقية:',
      '(أ) على الأفعال المجرمة؛',
      '’1‘ البند الأول؛',
      '’2‘ البند الثاني؛',
      '(ب) على الجرائم الخطيرة.',
      '2 - لأغراض الفقرة 1.',
    ]);
    expect(addresses).toEqual([
      'Art. 3',
      'Art. 3(1)',
      'Art. 3(1)(a)',
      'Art. 3(1)(a)(i)',
      'Art. 3(1)(a)(ii)',
      'Art. 3(1)(b)',
      'Art. 3(2)',
    ]);
    expect(at('Art. 3').title).toBe('نطاق الانطباق');
    expect(outline.language).toBe('ar');
  });

  it('reads Chinese articles with ㈠ items', () => {
    const { outline, addresses, at } = outlineOf([
      '第二条',
      '术语的使用',
      '1. 在本公约中：',
      '(a) 定义；',
      '㈠ 第一项；',
      '㈡ 第二项。',
    ]);
    expect(addresses).toEqual([
      'Art. 2',
      'Art. 2(1)',
      'Art. 2(1)(a)',
      'Art. 2(1)(a)(i)',
      'Art. 2(1)(a)(ii)',
    ]);
    expect(at('Art. 2').title).toBe('术语的使用');
    expect(outline.language).toBe('zh');
  });

  it('puts a paragraph and the subparagraph opening on its line apart', () => {
    const { at, text } = outlineOf(['Article 4', '1. (a) Both on one line;', '(b) next.']);
    expect(at('Art. 4(1)').start).toBe(text.indexOf('1.'));
    expect(at('Art. 4(1)(a)').start).toBe(text.indexOf('(a)'));
    expect(at('Art. 4(1)(a)').end).toBe(text.indexOf(';') + 1);
  });

  it('does not take decimals, years or running text for numbering', () => {
    const { addresses } = outlineOf([
      'Article 9',
      '1. The fund shall hold',
      '1.5 million dollars;',
      '2000. was the year',
      'see subparagraph (b) above',
    ]);
    expect(addresses).toEqual(['Art. 9', 'Art. 9(1)']);
  });
});

describe('(i), (v) and (x): letter or numeral', () => {
  it('takes (i) after (h) as an item when (ii) follows', () => {
    const { addresses } = outlineOf([
      'Article 1',
      '(g) g;',
      '(h) h:',
      '(i) first;',
      '(ii) second;',
      '(j) j.',
    ]);
    expect(addresses).toEqual([
      'Art. 1',
      'Art. 1(g)',
      'Art. 1(h)',
      'Art. 1(h)(i)',
      'Art. 1(h)(ii)',
      'Art. 1(j)',
    ]);
  });

  it('takes a lone (i) after `(h) …:` as its item', () => {
    const { at } = outlineOf([
      'Article 1',
      '1. Text:',
      '(h) h introduces:',
      '(i) the only item;',
      '2. Next.',
    ]);
    expect(at('Art. 1(1)(h)(i)').kind).toBe('item');
  });

  it('takes (i) after (h) as the letter when (j) follows', () => {
    const { at } = outlineOf(['Article 1', '(h) h;', '(i) i;', '(j) j.']);
    expect(at('Art. 1(i)').kind).toBe('subparagraph');
    expect(at('Art. 1(j)').kind).toBe('subparagraph');
  });

  it('continues numerals to (v) and (x), and letters to (v) after (u) and (x) after (w)', () => {
    const items = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'].map(
      (n) => `(${n}) item;`,
    );
    const numerals = outlineOf(['Article 1', '(a) a:', ...items]);
    expect(numerals.at('Art. 1(a)').children.map((child) => child.number)).toEqual([
      'i',
      'ii',
      'iii',
      'iv',
      'v',
      'vi',
      'vii',
      'viii',
      'ix',
      'x',
    ]);
    const letters = 'abcdefghijklmnopqrstuvwxyz'
      .split('')
      .map((letter) => `(${letter}) ${letter};`);
    const alphabet = outlineOf(['Article 2', ...letters]);
    expect(alphabet.at('Art. 2').children.map((child) => child.number)).toEqual(
      'abcdefghijklmnopqrstuvwxyz'.split(''),
    );
  });
});

describe('headings in the six languages', () => {
  it.each([
    ['Article 7', '7', 'en'],
    ['Article premier', '1', undefined],
    ['Article 1er', '1', undefined],
    ['Artículo 7', '7', 'es'],
    ['Статья 7', '7', 'ru'],
    ['المادة 7', '7', 'ar'],
    ['المادة ٧', '7', 'ar'],
    ['第七条', '7', 'zh'],
    ['第7条', '7', 'zh'],
    ['第四十一条', '41', 'zh'],
    ['ARTICLE 12', '12', 'en'],
    ['Article 7 bis', '7 bis', 'en'],
  ])('%s is article %s', (heading, number, language) => {
    const { outline, units } = outlineOf([heading, '1. Text of the paragraph.']);
    expect(units[0]).toMatchObject({ kind: 'article', number, address: `Art. ${number}` });
    expect(units[1]?.address).toBe(`Art. ${number}(1)`);
    if (language) expect(outline.language).toBe(language);
  });

  it('tells French from English by the words of the text', () => {
    const { outline } = outlineOf([
      'Article premier',
      'Objet',
      'La présente Convention a pour objet de promouvoir la coopération afin de prévenir et de combattre plus efficacement la criminalité transnationale organisée et les infractions des groupes.',
    ]);
    expect(outline.language).toBe('fr');
  });

  it('does not take a sentence that starts with an article reference for a heading', () => {
    const { units } = outlineOf([
      'Article 1',
      'Article 5 of this Convention shall apply mutatis mutandis.',
    ]);
    expect(units.map((unit) => unit.address)).toEqual(['Art. 1']);
  });

  it.each([
    ['Chapter II', 'Chapter II'],
    ['CHAPTER II', 'Chapter II'],
    ['Chapitre II', 'Chapter II'],
    ['Capítulo II', 'Chapter II'],
    ['Глава II', 'Chapter II'],
    ['الفصل الثاني', 'Chapter II'],
    ['第二章', 'Chapter II'],
  ])('%s is %s', (heading, address) => {
    const { units } = outlineOf([heading, 'Criminalization', 'Article 5', '1. Text.']);
    expect(units[0]).toMatchObject({
      kind: 'chapter',
      number: 'II',
      address,
      title: 'Criminalization',
    });
    expect(units[0]?.children[0]?.address).toBe('Art. 5');
  });
});

describe('divisions', () => {
  it('nests articles in chapters and sections in chapters; articles keep plain addresses', () => {
    const { addresses, at } = outlineOf([
      'Chapter I',
      'General provisions',
      'Article 1',
      'Statement of purpose',
      'The purpose of this Convention is cooperation.',
      'Chapter II. Criminalization',
      'Section 1',
      'Offences',
      'Article 2',
      '1. Text.',
      'Part Two',
      'Article 3',
    ]);
    expect(addresses).toEqual([
      'Chapter I',
      'Art. 1',
      'Chapter II',
      'Chapter II, Section 1',
      'Art. 2',
      'Art. 2(1)',
      'Part II',
      'Art. 3',
    ]);
    expect(at('Chapter II').title).toBe('Criminalization');
    expect(at('Chapter II, Section 1').title).toBe('Offences');
    expect(at('Art. 1').title).toBe('Statement of purpose');
  });

  it('numbers the paragraphs of a preamble under a heading, skipping chapeau and closing line', () => {
    const { addresses, textOf, at } = outlineOf([
      'Revised draft text of the convention',
      'Preamble',
      'The States Parties to this Convention,',
      'Bearing in mind the purposes and principles of the Charter,',
      'Noting that technologies offer enormous potential,',
      'Concerned that the use of technologies creates opportunities for criminals,',
      'Have agreed as follows:',
      'Chapter I',
      'General provisions',
      'Article 1',
    ]);
    expect(addresses).toEqual([
      'Preamble',
      'Preamble para. 1',
      'Preamble para. 2',
      'Preamble para. 3',
      'Chapter I',
      'Art. 1',
    ]);
    expect(textOf('Preamble para. 3')).toBe(
      'Concerned that the use of technologies creates opportunities for criminals,',
    );
    expect(textOf('Preamble')).toMatch(/^Preamble\n[\s\S]*Have agreed as follows:$/);
    expect(at('Chapter I').start).toBeGreaterThan(at('Preamble').end);
  });

  it('finds a preamble without a heading from its chapeau and `Have agreed as follows`', () => {
    const { outline, addresses, textOf } = outlineOf([
      'Convention against Cybercrime',
      'The States Parties to this Convention,',
      'Noting the potential of technologies,',
      'Recognizing the need for cooperation,',
      'Have agreed as follows:',
      'Article 1',
      'Statement of purpose',
    ]);
    expect(addresses).toEqual(['Preamble', 'Preamble para. 1', 'Preamble para. 2', 'Art. 1']);
    expect(textOf('Preamble')).toMatch(/^The States Parties to this Convention,/);
    expect(outline.title).toBe('Convention against Cybercrime');
  });

  it('addresses annex paragraphs and annexed articles', () => {
    const { addresses, at } = outlineOf([
      'Article 1',
      '1. Text.',
      'Annex I',
      'Model request form',
      '1. Name of the requesting authority.',
      '2. Details:',
      '(a) the offence;',
      'Annex II',
      'Article 1',
      '1. Text of the protocol.',
    ]);
    expect(addresses).toEqual([
      'Art. 1',
      'Art. 1(1)',
      'Annex I',
      'Annex I para. 1',
      'Annex I para. 2',
      'Annex I para. 2(a)',
      'Annex II',
      'Annex II, Art. 1',
      'Annex II, Art. 1(1)',
    ]);
    expect(at('Annex I').title).toBe('Model request form');
  });
});

describe('negotiating marks', () => {
  it('keeps `[agreed ad referendum]`, brackets and footnote marks out of numbers and titles', () => {
    const { at, textOf } = outlineOf([
      'Article 7 [agreed ad referendum]',
      'Jurisdiction¹',
      '[1. States Parties shall establish jurisdiction.]',
      '2.* Each State Party may also:',
      '[(a) When the offence is committed against a national;]',
      'Article 8*',
      '[agreed ad referendum]',
      'Measures against corruption[^2]',
      'Article 9',
      'Use of terms2',
    ]);
    expect(at('Art. 7')).toMatchObject({ number: '7', title: 'Jurisdiction' });
    expect(textOf('Art. 7(1)')).toBe('[1. States Parties shall establish jurisdiction.]');
    expect(textOf('Art. 7(2)(a)')).toBe('[(a) When the offence is committed against a national;]');
    expect(at('Art. 8')).toMatchObject({ number: '8', title: 'Measures against corruption' });
    expect(at('Art. 9').title).toBe('Use of terms');
  });
});

describe('the draft head', () => {
  it('takes the symbol and the title from above the first unit', () => {
    const { outline } = outlineOf([
      'United Nations A/AC.291/22/Rev.1',
      'Distr.: General',
      'Original: English',
      'Ad Hoc Committee to Elaborate a Comprehensive International Convention',
      'Item 4 of the provisional agenda*',
      'Revised draft text of the convention',
      'Article 1',
      'Article 2 refers to A/AC.291/L.15.',
    ]);
    expect(outline.symbol).toBe('A/AC.291/22/Rev.1');
    expect(outline.title).toBe('Revised draft text of the convention');
  });

  it('counts offsets in UTF-16 units and across \\r\\n line ends', () => {
    const text = 'Título 😀\r\nArtículo 1\r\n1. Texto con “comillas”.\r\n2. Otro.';
    const outline = outlineText(text);
    const [article] = outline.units;
    expect(text.slice(article?.start, article?.end)).toBe(
      'Artículo 1\r\n1. Texto con “comillas”.\r\n2. Otro.',
    );
    expect(article?.children.map((unit) => text.slice(unit.start, unit.end))).toEqual([
      '1. Texto con “comillas”.',
      '2. Otro.',
    ]);
  });

  it('outlines an empty text as nothing', () => {
    expect(outlineText('')).toEqual({ units: [] });
  });
});

describe('compareAddresses', () => {
  it.each([
    ['Preamble', 'Preamble para. 1'],
    ['Preamble para. 2', 'Preamble para. 10'],
    ['Preamble para. 9', 'Chapter I'],
    ['Chapter II', 'Art. 1'],
    ['Art. 2', 'Art. 10'],
    ['Art. 7', 'Art. 7 bis'],
    ['Art. 7 bis', 'Art. 7 ter'],
    ['Art. 7 ter', 'Art. 8'],
    ['Art. 7', 'Art. 7(1)'],
    ['Art. 7(1)', 'Art. 7(1)(a)'],
    ['Art. 7(1)(h)', 'Art. 7(1)(i)'],
    ['Art. 7(1)(i)', 'Art. 7(1)(j)'],
    ['Art. 7(1)(z)', 'Art. 7(1)(aa)'],
    ['Art. 7(1)(b)(iv)', 'Art. 7(1)(b)(v)'],
    ['Art. 7(1)(b)(ix)', 'Art. 7(1)(b)(x)'],
    ['Art. 7(2)', 'Art. 7(10)'],
    ['Art. 41', 'Annex I'],
    ['Annex I', 'Annex I para. 1'],
    ['Annex I para. 2(a)', 'Annex II'],
    ['Annex II', 'Annex II, Art. 1'],
  ])('%s comes before %s', (earlier, later) => {
    expect(compareAddresses(earlier, later)).toBeLessThan(0);
    expect(compareAddresses(later, earlier)).toBeGreaterThan(0);
    expect(compareAddresses(earlier, earlier)).toBe(0);
  });
});
