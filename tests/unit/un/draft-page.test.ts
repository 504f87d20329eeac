import { describe, expect, it } from 'vitest';
import { blockText } from '../../../utils/un/dom-text.ts';
import { extractDraftText } from '../../../utils/un/draft-page.ts';
import { flattenUnits, outlineText } from '../../../utils/un/outline.ts';
import { Outline } from '../../../utils/un/schemas.ts';
import { DRAFT_URL, fixturePage, htmlPage } from './fixtures.ts';

describe('extractDraftText on the UNTOC draft page', () => {
  const doc = fixturePage('untoc-draft.html', DRAFT_URL);
  const { root, text, outline } = extractDraftText(doc);
  const units = flattenUnits(outline.units);
  const at = (address: string) => {
    const unit = units.find((found) => found.address === address);
    if (!unit) throw new Error(`no ${address}`);
    return { ...unit, text: text.slice(unit.start, unit.end) };
  };

  it('takes the main content of the live page, not navigation or footer', () => {
    expect(root.ownerDocument).toBe(doc);
    expect(root.id).toBe('content');
    expect(text).toBe(blockText(root));
    expect(text).not.toContain('Organized crime\n');
    expect(text).not.toContain('©');
  });

  it('outlines the same 41 articles and units as the plain text', () => {
    expect(Outline.safeParse(outline).success).toBe(true);
    expect(outline.units.filter((unit) => unit.kind === 'article')).toHaveLength(41);
    const plain = flattenUnits(outlineText(text).units).map((unit) => unit.address);
    expect(units.map((unit) => unit.address)).toEqual(plain);
    expect(units).toHaveLength(345);
  });

  it('reads symbol, title and language from the page header', () => {
    expect(outline).toMatchObject({
      symbol: 'A/AC.254/4/Rev.11',
      title: 'United Nations Convention against Transnational Organized Crime',
      language: 'en',
    });
  });

  it('keeps negotiating marks and footnotes out of addresses and titles', () => {
    expect(at('Art. 1')).toMatchObject({ number: '1', title: 'Statement of purpose' });
    expect(at('Art. 1').text).toMatch(
      /^Article 1 \[agreed ad referendum\]\n+Statement of purpose\n/,
    );
    expect(at('Art. 2').title).toBe('Use of terms');
    expect(at('Art. 5').title).toBe(
      'Criminalization of participation in an organized criminal group',
    );
    expect(at('Art. 4(2)').text).toMatch(/^\[2\. {3}Nothing in this Convention/);
    expect(at('Art. 4(2)').text).toMatch(/domestic law\.\]$/);
  });

  it('slices each unit to its own words', () => {
    expect(at('Art. 3(2)(b)').text).toBe(
      'b) It is committed in one State but a substantial part of its preparation, planning, direction or control takes place in another State;',
    );
    expect(at('Art. 3(1)').text).toMatch(/^1\. {3}This Convention shall apply.*prosecution of:2\n/);
  });

  it('leaves the footnotes after the testimonium outside every unit', () => {
    const last = outline.units[outline.units.length - 1];
    expect(last?.address).toBe('Art. 41');
    expect(text.slice(last?.end)).toContain('Definitions follow the terms used');
    expect(text.slice(last?.start, last?.end)).not.toContain('IN WITNESS WHEREOF');
  });
});

describe('extractDraftText on small pages', () => {
  it('falls back on the body when Readability finds no article, and on the page language', () => {
    const doc = htmlPage('<h3>Статья 1</h3><p>1. Текст.</p>');
    doc.documentElement.lang = 'ru';
    const { root, outline } = extractDraftText(doc);
    expect(root).toBe(doc.body);
    expect(outline.units[0]?.children[0]?.address).toBe('Art. 1(1)');
    expect(outline.language).toBe('ru');
  });

  it('takes the symbol from the page title when the content has none', () => {
    const window = htmlPage('<p>Article 1</p><p>1. Text.</p>');
    window.title = 'A/AC.291/22/Rev.2 — Draft convention';
    expect(extractDraftText(window).outline.symbol).toBe('A/AC.291/22/Rev.2');
  });
});
