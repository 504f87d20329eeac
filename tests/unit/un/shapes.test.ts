import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareAddresses } from '../../../utils/un/address.ts';
import { detectPage } from '../../../utils/un/detect.ts';
import { extractDraftText } from '../../../utils/un/draft-page.ts';
import { flattenUnits, outlineText } from '../../../utils/un/outline.ts';
import { provisionLabel } from '../../../utils/un/provision-label.ts';
import type { OutlineUnit } from '../../../utils/un/schemas.ts';
import { documentShape, isActingBody } from '../../../utils/un/shape.ts';
import { sitePage } from './fixtures.ts';

const SHAPES = resolve(__dirname, '../../fixtures/shapes');
const text = (name: string) => readFileSync(resolve(SHAPES, name), 'utf8');

const page = (name: string) => sitePage(`https://www.unodc.org/documents/shapes/${name}`);

function unitText(source: string, units: OutlineUnit[], address: string): string {
  const unit = flattenUnits(units).find((candidate) => candidate.address === address);
  if (!unit) throw new Error(`no unit ${address}`);
  return source.slice(unit.start, unit.end);
}

/** Lines between the acting body and the first operative paragraph, counted without the outline. */
function preambularLines(source: string): string[] {
  const body = source.slice(source.indexOf('The General Assembly,') + 21, source.search(/\n1\. /));
  return body.split('\n').filter((line) => line.trim() !== '');
}

describe('a General Assembly resolution (A/RES/80/53): preambular and operative paragraphs', () => {
  const source = text('a-res-80-53.txt');
  const outline = outlineText(source);
  const units = flattenUnits(outline.units);

  it('is a resolution whose preamble holds every line before operative paragraph 1', () => {
    expect(outline.shape).toBe('resolution');
    const preambular = units.filter((unit) => unit.address.startsWith('Preambular para. '));
    const lines = preambularLines(source);
    expect(preambular).toHaveLength(lines.length);
    expect(lines.length).toBe(25);
    preambular.forEach((unit, index) => {
      expect(source.slice(unit.start, unit.end)).toBe(lines[index]?.trim());
    });
  });

  it('numbers operative paragraphs and their sub-items as the UN cites them', () => {
    const operative = units.filter((unit) => /^Operative para\. \d+$/.test(unit.address));
    expect(operative.map((unit) => unit.number)).toEqual(
      Array.from({ length: 12 }, (_, index) => String(index + 1)),
    );
    expect(unitText(source, outline.units, 'Operative para. 5(b)')).toBe(
      '(b) Appraise knowledge on nuclear disarmament verification derived from past and ongoing initiatives on nuclear disarmament verification or related areas;',
    );
    expect(unitText(source, outline.units, 'Operative para. 6(h)')).toBe(
      '(h) Means of delivery of nuclear weapons;',
    );
    expect(unitText(source, outline.units, 'Preambular para. 3')).toMatch(
      /^Recalling further its resolution 71\/67/,
    );
  });

  it('labels provisions in the six languages as UN editorial usage does', () => {
    expect(
      (['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const).map((language) =>
        provisionLabel('Operative para. 5(b)', language),
      ),
    ).toEqual([
      'operative paragraph 5 (b)',
      'paragraphe 5 b) du dispositif',
      'párrafo 5 b) de la parte dispositiva',
      'пункт 5 b) постановляющей части',
      'الفقرة 5 (ب) من المنطوق',
      '执行部分第5段(b)',
    ]);
    expect(
      (['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const).map((language) =>
        provisionLabel('Preambular para. 3', language),
      ),
    ).toEqual([
      'preambular paragraph 3',
      'alinéa 3 du préambule',
      'párrafo 3 del preámbulo',
      'пункт 3 преамбулы',
      'الفقرة 3 من الديباجة',
      '序言部分第3段',
    ]);
  });

  it('sorts its addresses as the resolution reads: preamble, then operative paragraphs in order', () => {
    const addresses = units.filter((unit) => unit.kind !== 'preamble').map((unit) => unit.address);
    const shuffled = [...addresses].reverse();
    expect(shuffled.sort(compareAddresses)).toEqual(addresses);
  });
});

describe('resolution 80/6: 14 preambular and 32 operative paragraphs', () => {
  const outline = outlineText(text('a-res-80-6.txt'));
  const units = flattenUnits(outline.units);
  it('finds them all', () => {
    expect(units.filter((unit) => unit.address.startsWith('Preambular'))).toHaveLength(14);
    expect(units.filter((unit) => unit.address.startsWith('Operative'))).toHaveLength(32);
    expect(units.at(-1)?.address).toBe('Operative para. 32');
  });
});

describe('a report with numbered paragraphs and chapters', () => {
  const source = text('awaza-declaration.txt');
  const outline = outlineText(source);
  const units = flattenUnits(outline.units);

  it('numbers paragraphs through the document, whatever chapter holds them', () => {
    expect(outline.shape).toBe('report');
    expect(units.filter((unit) => unit.kind === 'chapter').map((unit) => unit.address)).toEqual([
      'Chapter I',
      'Chapter II',
      'Chapter III',
    ]);
    const paragraphs = units.filter((unit) => unit.kind === 'paragraph');
    expect(paragraphs.map((unit) => unit.address)).toEqual(
      Array.from({ length: 23 }, (_, index) => `para. ${index + 3}`),
    );
    expect(unitText(source, outline.units, 'para. 13(c)')).toBe(
      '(c) Transit, transport and connectivity;',
    );
    expect(provisionLabel('para. 13(c)', 'fr')).toBe('par. 13 c)');
    expect(provisionLabel('para. 13(c)', 'es')).toBe('párr. 13 c)');
  });

  it('keeps a chapter title out of the paragraph before it', () => {
    expect(unitText(source, outline.units, 'para. 12')).not.toContain('II.');
    expect(units.find((unit) => unit.address === 'Chapter II')?.title).toMatch(
      /^Implementation of the Awaza Programme of Action/,
    );
  });
});

describe('interpretative notes keyed to the articles they explain (A/55/383/Add.1)', () => {
  const doc = page('interpretative-notes.html');
  const draft = extractDraftText(doc);
  const units = flattenUnits(draft.outline.units);

  it('is notes; each note says which provision it explains', () => {
    expect(draft.outline.shape).toBe('notes');
    expect(draft.outline.symbol).toBe('A/55/383/Add.1');
    const notes = units.filter((unit) => unit.kind === 'paragraph' && unit.explains);
    expect(notes.map((unit) => [unit.address, unit.explains, unit.explainsIn])).toEqual([
      ['para. 7', 'Art. 3', 'United Nations Convention against Transnational Organized Crime'],
      [
        'para. 88',
        'Art. 3(a)',
        'Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime',
      ],
    ]);
    expect(unitText(draft.text, draft.outline.units, 'para. 7')).toMatch(
      /^7\. During the negotiations of the convention, the Ad Hoc Committee noted/,
    );
    expect(units.find((unit) => unit.address === 'para. 1')?.explains).toBeUndefined();
  });

  it('keys notes under a subparagraph heading to that subparagraph (a layout written for this test)', () => {
    // Constructed lines, not a UN text: the real notes on article 2 were not found (README).
    const notesText = [
      'A/55/383/Add.1',
      'Interpretative notes for the official records',
      'Article 2: Use of terms',
      'Subparagraph (a)',
      '2. A note on the definition.',
      'Subparagraph (c)',
      '3. Another note.',
      'Article 3: Scope of application',
      '4. A third note.',
    ].join('\n');
    const outline = outlineText(notesText);
    expect(outline.shape).toBe('notes');
    const keyed = flattenUnits(outline.units)
      .filter((unit) => unit.kind === 'paragraph')
      .map((unit) => [unit.address, unit.explains]);
    expect(keyed).toEqual([
      ['para. 2', 'Art. 2(a)'],
      ['para. 3', 'Art. 2(c)'],
      ['para. 4', 'Art. 3'],
    ]);
  });
});

describe('detection takes every shape with a symbol, and only pages that hold one', () => {
  it.each([
    ['draft-resolution.html', 'A/C.1/80/L.53', 'resolution'],
    ['draft-resolution-rev1.html', 'A/C.1/80/L.53/Rev.1', 'resolution'],
    ['report.html', 'A/CONF.225/2025/L.1', 'report'],
    ['report-rev1.html', 'A/CONF.225/2025/L.1/Rev.1', 'report'],
    ['interpretative-notes.html', 'A/55/383/Add.1', 'notes'],
    ['interpretative-notes-rev1.html', 'A/55/383/Add.1/Rev.1', 'notes'],
  ])('%s is a draft %s of shape %s', (name, symbol, shape) => {
    const doc = page(name);
    expect(detectPage(doc)).toMatchObject({ kind: 'draft', symbol });
    expect(extractDraftText(doc).outline.shape).toBe(shape);
  });

  it('the acting body that opens a resolution, in the six languages', () => {
    expect(
      [
        'The General Assembly,',
        'L’Assemblée générale,',
        'La Asamblea General,',
        'Генеральная Ассамблея,',
        'إن الجمعية العامة،',
        '大会，',
        'The Security Council,',
        'The Conference of the States Parties to the United Nations Convention against Transnational Organized Crime,',
      ].map(isActingBody),
    ).toEqual([true, true, true, true, true, true, true, true]);
    expect(
      ['The States Parties to this Convention,', 'Recalling its resolution 79/6,'].map(
        isActingBody,
      ),
    ).toEqual([false, false]);
  });

  it('an agenda numbers its items', () => {
    const lines = [
      'Provisional agenda',
      '1. Opening of the session.',
      '2. Adoption of the agenda.',
    ].map((content) => ({
      content,
      marks: content.startsWith('P')
        ? []
        : [{ class: 'paragraph' as const, value: 1, index: 0, length: 2 }],
    }));
    expect(documentShape(lines)).toBe('agenda');
    const outline = outlineText(
      'Provisional agenda\n\n1. Opening of the session.\n\n2. Organizational matters:\n\n(a) Adoption of the agenda;\n\n(b) Organization of work.\n',
    );
    expect(flattenUnits(outline.units).map((unit) => unit.address)).toEqual([
      'Item 1',
      'Item 2',
      'Item 2(a)',
      'Item 2(b)',
    ]);
  });
});

describe('real openings of UN documents, as the public copies give them (fixtures README)', () => {
  it('A/RES/55/25, the resolution adopting the UNTOC: its preamble outlines without operative paragraphs', () => {
    const source = text('a-res-55-25-opening.txt');
    const outline = outlineText(source);
    expect([outline.shape, outline.symbol]).toEqual(['resolution', 'A/RES/55/25']);
    const units = flattenUnits(outline.units).filter((unit) => unit.kind === 'paragraph');
    expect(units.map((unit) => unit.address)).toEqual([
      'Preambular para. 1',
      'Preambular para. 2',
      'Preambular para. 3',
    ]);
    expect(unitText(source, outline.units, 'Preambular para. 2')).toMatch(
      /^Recalling also its resolution 54\/126 of 17 December 1999,.*in 2000,$/,
    );
  });

  it('A/51/601, a report of the Second Committee: chapter, numbered paragraphs and sub-items', () => {
    const source = text('a-51-601-opening.txt');
    const outline = outlineText(source);
    expect([outline.shape, outline.symbol]).toEqual(['report', 'A/51/601']);
    expect(flattenUnits(outline.units).map((unit) => unit.address)).toEqual([
      'Chapter I',
      'para. 1',
      'para. 2',
      'para. 3',
      'para. 3(a)',
      'para. 3(b)',
      'para. 3(c)',
    ]);
    expect(unitText(source, outline.units, 'para. 3(c)')).toBe(
      '(c) Report of the Secretary-General on preventive action and intensification of the struggle against malaria in developing countries, particularly in Africa (A/51/379);',
    );
  });

  it('A/CONF.187/6, a working paper of the Tenth Congress: its table of contents lists chapters, it does not open them', () => {
    const source = text('a-conf-187-6-opening.txt');
    const outline = outlineText(source);
    expect([outline.shape, outline.symbol]).toEqual(['report', 'A/CONF.187/6']);
    // The contents' entries (`II. Concepts and definitions ..... 4-6 2`) once opened six chapters.
    expect(flattenUnits(outline.units).map((unit) => unit.address)).toEqual([
      'Chapter I',
      'para. 1',
      'para. 2',
      'para. 3',
    ]);
    expect(outline.units[0]?.title).toBe('Introduction');
    expect(unitText(source, outline.units, 'para. 2')).toMatch(
      /^2\. Some definitions of transnational organized crime .* provide food for thought\.$/,
    );
  });

  it('A/55/383, the Ad Hoc Committee’s report: one numbered paragraph under a report title is a report', () => {
    const outline = outlineText(text('a-55-383-opening.txt'));
    expect([outline.shape, outline.symbol]).toEqual(['report', 'A/55/383']);
    expect(flattenUnits(outline.units).map((unit) => unit.address)).toEqual([
      'Chapter I',
      'para. 1',
    ]);
  });
});

describe('A/RES/56/261 and 56/120, resolutions on the Vienna Declaration and the UNTOC (fixtures README)', () => {
  it('English: three preambular and four operative paragraphs, cited as the UN cites them', () => {
    const source = text('a-res-56-261-en-opening.txt');
    const outline = outlineText(source);
    expect([outline.shape, outline.symbol, outline.language]).toEqual([
      'resolution',
      'A/RES/56/261',
      'en',
    ]);
    const units = flattenUnits(outline.units).filter((unit) => unit.kind === 'paragraph');
    expect(units.map((unit) => provisionLabel(unit.address, 'en'))).toEqual([
      'preambular paragraph 1',
      'preambular paragraph 2',
      'preambular paragraph 3',
      'operative paragraph 1',
      'operative paragraph 2',
      'operative paragraph 3',
      'operative paragraph 4',
    ]);
    expect(unitText(source, outline.units, 'Operative para. 3')).toBe(
      '3. Requests the Secretary-General to ensure the widest possible circulation of the plans of action;',
    );
  });

  it('French, with its annex: a masthead’s « Point 110 de l’ordre du jour » does not make it an agenda; the adopting meeting closes the last operative paragraph', () => {
    const source = text('a-res-56-261-fr.txt');
    const outline = outlineText(source);
    expect([outline.shape, outline.symbol, outline.language]).toEqual([
      'resolution',
      'A/RES/56/261',
      'fr',
    ]);
    const units = flattenUnits(outline.units);
    expect(units.map((unit) => provisionLabel(unit.address, 'fr'))).toEqual([
      'Préambule',
      'alinéa 1 du préambule',
      'alinéa 2 du préambule',
      'alinéa 3 du préambule',
      'paragraphe 1 du dispositif',
      'paragraphe 2 du dispositif',
      // Paragraphs 3 and 4 fall in the stored copies' gap (README).
      'paragraphe 5 du dispositif',
      'paragraphe 6 du dispositif',
      'paragraphe 7 du dispositif',
      'paragraphe 8 du dispositif',
      'Annexe',
      'Annexe, chap. I',
      'Annexe, chap. I, par. 1',
    ]);
    expect(unitText(source, outline.units, 'Operative para. 8')).toBe(
      '8. Invite la Commission pour la prévention du crime et la justice pénale à suivre l’exécution des plans d’action et à faire toutes recommandations qui pourraient s’avérer nécessaires.',
    );
    expect(units.find((unit) => unit.address === 'Annex, Chapter I')?.title).toBe(
      'Lutte contre la criminalité transnationale organisée',
    );
    expect(unitText(source, outline.units, 'Annex, Chapter I para. 1')).toMatch(
      /^1\. En vue d’assurer l’exécution et le suivi des engagements pris aux paragraphes 5, 6, 7 et 10/,
    );
  });

  it('Russian: the preamble opens on «Генеральная Ассамблея,» and its paragraphs read as пункты преамбулы', () => {
    const source = text('a-res-56-261-ru-opening.txt');
    const outline = outlineText(source);
    expect([outline.shape, outline.language]).toEqual(['resolution', 'ru']);
    const paragraphs = flattenUnits(outline.units).filter((unit) => unit.kind === 'paragraph');
    expect(paragraphs.map((unit) => provisionLabel(unit.address, 'ru'))).toEqual([
      'пункт 1 преамбулы',
      'пункт 2 преамбулы',
      'пункт 3 преамбулы',
    ]);
    expect(unitText(source, outline.units, 'Preambular para. 2')).toMatch(
      /^отмечая, что в пункте 29 Венской декларации .* в связи с ними,$/,
    );
  });

  it.each([
    [
      'a-res-52-85-zh-opening.txt',
      'zh',
      5,
      5,
      ['序言部分第5段', '执行部分第2段'],
      /^2\.又注意到经济及社会理事会第1997\/22号决议附件一.*四十项建议;$/,
    ],
    [
      'a-res-52-85-ar-opening.txt',
      'ar',
      5,
      1,
      ['الفقرة 5 من الديباجة', 'الفقرة 1 من المنطوق'],
      /^1 - تحيط علما بتقريري الأمين العام/,
    ],
    ['a-res-75-197-es-opening.txt', 'es', 5, 0, ['párrafo 5 del preámbulo'], undefined],
  ] as const)(
    '%s: a resolution in its own language, cited as that language cites it',
    (name, language, preambular, operative, labels, secondOperative) => {
      const source = text(name);
      const outline = outlineText(source);
      expect([outline.shape, outline.language]).toEqual(['resolution', language]);
      const units = flattenUnits(outline.units);
      const count = (prefix: string) =>
        units.filter((unit) => unit.address.startsWith(prefix)).length;
      expect([count('Preambular para. '), count('Operative para. ')]).toEqual([
        preambular,
        operative,
      ]);
      const cited = [`Preambular para. ${preambular}`];
      if (operative > 0) cited.push(`Operative para. ${Math.min(operative, 2)}`);
      expect(cited.map((address) => provisionLabel(address, language))).toEqual(labels);
      if (secondOperative) {
        expect(
          unitText(source, outline.units, `Operative para. ${Math.min(operative, 2)}`),
        ).toMatch(secondOperative);
      }
    },
  );

  it('A/RES/56/120: a preambular paragraph ending on a footnote number stays one paragraph', () => {
    const source = text('a-res-56-120-opening.txt');
    const outline = outlineText(source);
    expect([outline.shape, outline.symbol]).toEqual(['resolution', 'A/RES/56/120']);
    const paragraphs = flattenUnits(outline.units).filter((unit) => unit.kind === 'paragraph');
    expect(paragraphs.map((unit) => unit.address)).toEqual([
      'Preambular para. 1',
      'Preambular para. 2',
      'Preambular para. 3',
      'Preambular para. 4',
      'Preambular para. 5',
      'Operative para. 1',
      'Operative para. 2',
    ]);
    expect(unitText(source, outline.units, 'Preambular para. 3')).toMatch(
      /^Reaffirming its support .* Twenty-first Century, 1$/,
    );
  });

  it('the masthead’s agenda item never makes a resolution or report an agenda, in any language', () => {
    for (const masthead of [
      'Point 110 de l’ordre du jour',
      'Tema 110 del programa',
      'Пункт 110 повестки дня',
      'البند 110 من جدول الأعمال',
      '议程项目110',
    ]) {
      const outline = outlineText(
        `${masthead}\nInforme\n1. Primer párrafo del informe.\n2. Segundo párrafo.\n`,
      );
      expect([masthead, outline.shape]).toEqual([masthead, 'report']);
    }
    expect(
      outlineText(
        'Ordre du jour provisoire\n1. Ouverture de la session.\n2. Adoption de l’ordre du jour.\n',
      ).shape,
    ).toBe('agenda');
  });
});
