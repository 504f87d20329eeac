import { describe, expect, it } from 'vitest';
import { addressOf } from '../../../utils/un/address.ts';
import { toChineseNumber } from '../../../utils/un/numerals.ts';
import { outlineText } from '../../../utils/un/outline-text.ts';
import { provisionLabel, provisionSteps } from '../../../utils/un/provision-label.ts';
import type { OutlineUnit } from '../../../utils/un/schemas.ts';

describe('provisionSteps reads the canonical address', () => {
  it('article, paragraph, subparagraph, item', () => {
    expect(provisionSteps('Art. 7(1)(b)(ii)')).toEqual([
      { kind: 'article', number: '7' },
      { kind: 'paragraph', number: '1' },
      { kind: 'subparagraph', number: 'b' },
      { kind: 'item', number: 'ii' },
    ]);
  });
  it('divisions, annexes, the preamble and bis articles', () => {
    expect(provisionSteps('Annex I, Chapter II')).toEqual([
      { kind: 'annex', number: 'I' },
      { kind: 'chapter', number: 'II' },
    ]);
    expect(provisionSteps('Preamble para. 3(a)')).toEqual([
      { kind: 'preambularParagraph', number: '3' },
      { kind: 'subparagraph', number: 'a' },
    ]);
    expect(provisionSteps('Art. 7 bis(2)')).toEqual([
      { kind: 'article', number: '7 bis' },
      { kind: 'paragraph', number: '2' },
    ]);
  });
  it('is undefined for free text, which is then shown as written', () => {
    expect(provisionSteps('somewhere in the middle')).toBeUndefined();
    expect(provisionLabel('somewhere in the middle', 'fr', 'full')).toBe('somewhere in the middle');
  });
  it('every address addressOf writes can be read back', () => {
    const article = { kind: 'article', number: '7', address: 'Art. 7' } as const;
    const paragraph = { kind: 'paragraph', number: '1', address: 'Art. 7(1)' } as const;
    const address = addressOf({ kind: 'subparagraph', number: 'b' }, [
      { ...article, start: 0, end: 1, children: [] },
      { ...paragraph, start: 0, end: 1, children: [] },
    ]);
    expect(address).toBe('Art. 7(1)(b)');
    expect(provisionSteps(address)).toHaveLength(3);
  });
});

const ADDRESS = 'Art. 7(1)(b)';

describe('provision labels follow each language’s UN usage', () => {
  it('Arabic: المادة، الفقرة, abjad letters, quoted item numbers, ordinal chapters', () => {
    expect(provisionLabel(ADDRESS, 'ar', 'full')).toBe('المادة 7، الفقرة 1 (ب)');
    expect(provisionLabel('Art. 7(1)(e)(ii)', 'ar', 'full')).toBe('المادة 7، الفقرة 1 (هـ) ‘2’');
    expect(provisionLabel('Chapter II', 'ar')).toBe('الفصل الثاني');
    expect(provisionLabel('Preamble para. 3', 'ar')).toBe('الديباجة، الفقرة 3');
    expect(provisionLabel('General', 'ar')).toBe('تعليقات عامة');
  });
  it('Chinese: 第七条第1款(b)项第㈡目, chapters and annexes in Chinese numerals', () => {
    expect(provisionLabel(ADDRESS, 'zh', 'full')).toBe('第七条第1款(b)项');
    expect(provisionLabel('Art. 12(3)(a)(ii)', 'zh', 'full')).toBe('第十二条第3款(a)项第㈡目');
    expect(provisionLabel('Annex I, Art. 2', 'zh')).toBe('附件一第二条');
    expect(provisionLabel('Chapter IV', 'zh')).toBe('第四章');
    expect(provisionLabel('Preamble para. 3', 'zh')).toBe('序言部分第3段');
  });
  it('French: article premier, paragraphe, alinéa b); short art. 1er, par., al.', () => {
    expect(provisionLabel(ADDRESS, 'fr', 'full')).toBe('Article 7, paragraphe 1, alinéa b)');
    expect(provisionLabel(ADDRESS, 'fr', 'short')).toBe('Art. 7, par. 1, al. b)');
    expect(provisionLabel('Art. 1(2)', 'fr', 'full')).toBe('Article premier, paragraphe 2');
    expect(provisionLabel('Art. 1', 'fr', 'short')).toBe('Art. 1er');
    expect(provisionLabel('Art. 7(1)(b)(ii)', 'fr', 'full')).toBe(
      'Article 7, paragraphe 1, alinéa b), sous-alinéa ii)',
    );
    expect(provisionLabel('Preamble para. 3', 'fr', 'full')).toBe('Préambule, alinéa 3');
  });
  it('Spanish: artículo, párrafo, apartado b), inciso; short art., párr., apdo.', () => {
    expect(provisionLabel(ADDRESS, 'es', 'full')).toBe('Artículo 7, párrafo 1, apartado b)');
    expect(provisionLabel(ADDRESS, 'es', 'short')).toBe('Art. 7, párr. 1, apdo. b)');
    expect(provisionLabel('Art. 7(1)(b)(ii)', 'es', 'full')).toBe(
      'Artículo 7, párrafo 1, apartado b), inciso ii)',
    );
    expect(provisionLabel('Annex I, Chapter II', 'es', 'full')).toBe('Anexo I, capítulo II');
  });
  it('Russian: статья, пункт 1 (b) with Latin letters; short ст., п.', () => {
    expect(provisionLabel(ADDRESS, 'ru', 'full')).toBe('Статья 7, пункт 1 (b)');
    expect(provisionLabel(ADDRESS, 'ru', 'short')).toBe('Ст. 7, п. 1(b)');
    expect(provisionLabel('Art. 7(1)(b)(ii)', 'ru', 'full')).toBe('Статья 7, пункт 1 (b) (ii)');
    expect(provisionLabel('Chapter II', 'ru', 'full')).toBe('Глава II');
  });
  it('English keeps the canonical address', () => {
    expect(provisionLabel(ADDRESS, 'en', 'full')).toBe(ADDRESS);
    expect(provisionLabel('General', 'en')).toBe('General');
  });
  it('Chinese numerals up to the hundreds', () => {
    expect([7, 10, 12, 20, 41, 100, 105, 110].map(toChineseNumber)).toEqual([
      '七',
      '十',
      '十二',
      '二十',
      '四十一',
      '一百',
      '一百零五',
      '一百一十',
    ]);
  });
});

describe('labels of a real outline', () => {
  it('every unit of the UNTOC text has a label in each language, none left in English', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const text = readFileSync(resolve(__dirname, '../../fixtures/un/untoc.txt'), 'utf8');
    const flat = (unit: OutlineUnit): OutlineUnit[] => [unit, ...unit.children.flatMap(flat)];
    const units = outlineText(text).units.flatMap(flat);
    expect(units.length).toBeGreaterThan(100);
    for (const unit of units) {
      for (const language of ['ar', 'zh', 'fr', 'ru', 'es'] as const) {
        const label = provisionLabel(unit.address, language, 'full');
        expect(label, `${unit.address} in ${language}`).not.toMatch(/Art\.|para\.|Chapter|Annex/);
      }
    }
  });
});
