import { describe, expect, it } from 'vitest';
import { parseHeading } from '../../../utils/un/headings.ts';

describe('heading lines in the six languages', () => {
  // One line for each heading word: each rule is tried only for the lines that open as its
  // words do, so every word must still reach its rule.
  it.each([
    ['Article 5. Criminalization of participation', { kind: 'article', number: '5' }],
    ['Article premier. Objet', { kind: 'article', number: '1' }],
    ['Artículo 12 bis. Decomiso', { kind: 'article', number: '12 bis', language: 'es' }],
    ['Статья 3. Сфера применения', { kind: 'article', number: '3', language: 'ru' }],
    ['المادة ٧ - تدابير', { kind: 'article', number: '7', language: 'ar' }],
    ['第十八条 司法协助', { kind: 'article', number: '18', language: 'zh' }],
    ['Chapter IV. International cooperation', { kind: 'chapter', number: 'IV' }],
    ['Chapitre II. Mesures préventives', { kind: 'chapter', number: 'II' }],
    ['Capítulo III. Penalización', { kind: 'chapter', number: 'III', language: 'es' }],
    ['Глава 2. Меры', { kind: 'chapter', number: '2', language: 'ru' }],
    ['الفصل الثالث', { kind: 'chapter', number: 'III', language: 'ar' }],
    ['第二章 预防措施', { kind: 'chapter', number: 'II', language: 'zh' }],
    ['Part One', { kind: 'part', number: 'I' }],
    ['Partie 2', { kind: 'part', number: '2' }],
    ['Parte 3', { kind: 'part', number: '3', language: 'es' }],
    ['Часть 1', { kind: 'part', number: '1', language: 'ru' }],
    ['الجزء الأول', { kind: 'part', number: 'I', language: 'ar' }],
    ['第一部分', { kind: 'part', number: 'I', language: 'zh' }],
    ['Section 2. Definitions', { kind: 'section', number: '2' }],
    ['Sección 1', { kind: 'section', number: '1', language: 'es' }],
    ['Раздел 4', { kind: 'section', number: '4', language: 'ru' }],
    ['الفرع ٢', { kind: 'section', number: '2', language: 'ar' }],
    ['第三节', { kind: 'section', number: 'III', language: 'zh' }],
    ['Annex I', { kind: 'annex', number: 'I' }],
    ['Annexe II', { kind: 'annex', number: 'II' }],
    ['Anexo III', { kind: 'annex', number: 'III' }],
    ['Приложение II', { kind: 'annex', number: 'II' }],
    ['المرفق الأول', { kind: 'annex', number: 'I' }],
    ['附件一', { kind: 'annex', language: 'zh' }],
    ['Preamble', { kind: 'preamble' }],
    ['Преамбула', { kind: 'preamble', language: 'ru' }],
  ])('%s', (line, heading) => {
    expect(parseHeading(line)).toMatchObject(heading);
  });

  it.each([
    'Secretary-General of the United Nations',
    'Parties shall cooperate closely',
    'Preventing and combating',
    'Articles 5 and 6 apply',
    'Chapters of the report',
    'Статьи 5 и 6',
  ])('%s is not a heading', (line) => {
    expect(parseHeading(line)).toBeUndefined();
  });
});
