import { describe, expect, it } from 'vitest';
import {
  findSymbols,
  parseSymbol,
  symbolFromFileName,
  symbolFromUrl,
} from '../../../utils/un/symbol.ts';

/** [input, canonical symbol, family, revision, addendum, corrigendum] */
type Case = [string, string, string, number?, number?, number?];

const CANONICAL: Case[] = [
  ['A/AC.291/22', 'A/AC.291/22', 'A/AC.291/22'],
  ['A/AC.291/22/Rev.1', 'A/AC.291/22/Rev.1', 'A/AC.291/22', 1],
  ['A/AC.291/22/Rev.2', 'A/AC.291/22/Rev.2', 'A/AC.291/22', 2],
  ['A/AC.291/22/Rev.3', 'A/AC.291/22/Rev.3', 'A/AC.291/22', 3],
  ['A/AC.291/22/Add.1', 'A/AC.291/22/Add.1', 'A/AC.291/22', undefined, 1],
  ['A/AC.291/22/Corr.1', 'A/AC.291/22/Corr.1', 'A/AC.291/22', undefined, undefined, 1],
  ['A/AC.291/22/Rev.3/Corr.1', 'A/AC.291/22/Rev.3/Corr.1', 'A/AC.291/22', 3, undefined, 1],
  ['A/AC.291/22/Rev.1/Add.1', 'A/AC.291/22/Rev.1/Add.1', 'A/AC.291/22', 1, 1],
  ['A/AC.291/22/Add.1/Rev.1', 'A/AC.291/22/Add.1/Rev.1', 'A/AC.291/22', 1, 1],
  ['A/AC.291/22/Add.2/Corr.1', 'A/AC.291/22/Add.2/Corr.1', 'A/AC.291/22', undefined, 2, 1],
  ['A/AC.291/L.15', 'A/AC.291/L.15', 'A/AC.291/L.15'],
  ['A/AC.291/L.15/Add.1', 'A/AC.291/L.15/Add.1', 'A/AC.291/L.15', undefined, 1],
  ['A/AC.291/L.15/Add.2', 'A/AC.291/L.15/Add.2', 'A/AC.291/L.15', undefined, 2],
  ['A/AC.291/L.15/Rev.1', 'A/AC.291/L.15/Rev.1', 'A/AC.291/L.15', 1],
  ['A/AC.291/L.4/Rev.1/Corr.2', 'A/AC.291/L.4/Rev.1/Corr.2', 'A/AC.291/L.4', 1, undefined, 2],
  ['A/AC.291/CRP.13', 'A/AC.291/CRP.13', 'A/AC.291/CRP.13'],
  ['A/AC.291/CRP.13/Rev.1', 'A/AC.291/CRP.13/Rev.1', 'A/AC.291/CRP.13', 1],
  ['A/AC.291/CRP.1', 'A/AC.291/CRP.1', 'A/AC.291/CRP.1'],
  ['A/AC.291/INF/1', 'A/AC.291/INF/1', 'A/AC.291/INF/1'],
  ['A/AC.291/INF/1/Rev.1', 'A/AC.291/INF/1/Rev.1', 'A/AC.291/INF/1', 1],
  ['A/AC.291/INF/3', 'A/AC.291/INF/3', 'A/AC.291/INF/3'],
  ['A/AC.291/WP.2', 'A/AC.291/WP.2', 'A/AC.291/WP.2'],
  ['A/AC.291/Misc.1', 'A/AC.291/Misc.1', 'A/AC.291/Misc.1'],
  ['A/AC.291/Misc.1/Add.1', 'A/AC.291/Misc.1/Add.1', 'A/AC.291/Misc.1', undefined, 1],
  ['A/AC.291/1', 'A/AC.291/1', 'A/AC.291/1'],
  ['A/AC.291/25', 'A/AC.291/25', 'A/AC.291/25'],
  ['A/AC.254/4/Rev.11', 'A/AC.254/4/Rev.11', 'A/AC.254/4', 11],
  ['A/AC.254/34', 'A/AC.254/34', 'A/AC.254/34'],
  ['A/RES/79/243', 'A/RES/79/243', 'A/RES/79/243'],
  ['A/RES/55/25', 'A/RES/55/25', 'A/RES/55/25'],
  ['A/RES/74/247', 'A/RES/74/247', 'A/RES/74/247'],
  ['A/RES/75/282', 'A/RES/75/282', 'A/RES/75/282'],
  ['A/79/460', 'A/79/460', 'A/79/460'],
  ['A/79/L.2', 'A/79/L.2', 'A/79/L.2'],
  ['A/79/L.2/Rev.1', 'A/79/L.2/Rev.1', 'A/79/L.2', 1],
  ['A/79/PV.45', 'A/79/PV.45', 'A/79/PV.45'],
  ['A/C.3/79/L.15', 'A/C.3/79/L.15', 'A/C.3/79/L.15'],
  ['A/C.3/79/L.15/Rev.1', 'A/C.3/79/L.15/Rev.1', 'A/C.3/79/L.15', 1],
  ['A/C.3/78/L.25', 'A/C.3/78/L.25', 'A/C.3/78/L.25'],
  ['A/C.6/79/L.7', 'A/C.6/79/L.7', 'A/C.6/79/L.7'],
  ['A/C.3/79/SR.12', 'A/C.3/79/SR.12', 'A/C.3/79/SR.12'],
  ['A/CONF.234/7', 'A/CONF.234/7', 'A/CONF.234/7'],
  ['A/CONF.234/L.1', 'A/CONF.234/L.1', 'A/CONF.234/L.1'],
  ['A/HRC/55/1', 'A/HRC/55/1', 'A/HRC/55/1'],
  ['A/HRC/RES/55/1', 'A/HRC/RES/55/1', 'A/HRC/RES/55/1'],
  ['A/HRC/WG.6/45/L.1', 'A/HRC/WG.6/45/L.1', 'A/HRC/WG.6/45/L.1'],
  ['E/CN.15/2024/L.3', 'E/CN.15/2024/L.3', 'E/CN.15/2024/L.3'],
  ['E/CN.15/2024/L.3/Rev.1', 'E/CN.15/2024/L.3/Rev.1', 'E/CN.15/2024/L.3', 1],
  ['E/CN.15/2023/5', 'E/CN.15/2023/5', 'E/CN.15/2023/5'],
  ['E/CN.15/2024/CRP.2', 'E/CN.15/2024/CRP.2', 'E/CN.15/2024/CRP.2'],
  ['E/CN.7/2024/L.2/Add.3', 'E/CN.7/2024/L.2/Add.3', 'E/CN.7/2024/L.2', undefined, 3],
  ['E/CN.4/Sub.2/1999/5', 'E/CN.4/Sub.2/1999/5', 'E/CN.4/Sub.2/1999/5'],
  ['E/2024/30', 'E/2024/30', 'E/2024/30'],
  ['E/RES/2024/15', 'E/RES/2024/15', 'E/RES/2024/15'],
  ['CTOC/COP/2020/10', 'CTOC/COP/2020/10', 'CTOC/COP/2020/10'],
  ['CTOC/COP/2020/L.9', 'CTOC/COP/2020/L.9', 'CTOC/COP/2020/L.9'],
  ['CTOC/COP/2020/L.9/Rev.1', 'CTOC/COP/2020/L.9/Rev.1', 'CTOC/COP/2020/L.9', 1],
  ['CTOC/COP/WG.2/2023/2', 'CTOC/COP/WG.2/2023/2', 'CTOC/COP/WG.2/2023/2'],
  ['CTOC/COP/WG.7/2024/3', 'CTOC/COP/WG.7/2024/3', 'CTOC/COP/WG.7/2024/3'],
  ['CTOC/COP/2022/CRP.1', 'CTOC/COP/2022/CRP.1', 'CTOC/COP/2022/CRP.1'],
  ['CAC/COSP/2023/L.1', 'CAC/COSP/2023/L.1', 'CAC/COSP/2023/L.1'],
  ['CAC/COSP/IRG/2024/4', 'CAC/COSP/IRG/2024/4', 'CAC/COSP/IRG/2024/4'],
  ['S/2024/123', 'S/2024/123', 'S/2024/123'],
  ['S/RES/2719', 'S/RES/2719', 'S/RES/2719'],
  ['S/PRST/2024/1', 'S/PRST/2024/1', 'S/PRST/2024/1'],
  ['S/PV.9500', 'S/PV.9500', 'S/PV.9500'],
  ['S/2024/123/Corr.1', 'S/2024/123/Corr.1', 'S/2024/123', undefined, undefined, 1],
  ['ST/SGB/2019/8', 'ST/SGB/2019/8', 'ST/SGB/2019/8'],
  ['ST/AI/2019/3', 'ST/AI/2019/3', 'ST/AI/2019/3'],
  ['CCPR/C/GC/37', 'CCPR/C/GC/37', 'CCPR/C/GC/37'],
  ['CEDAW/C/GC/39', 'CEDAW/C/GC/39', 'CEDAW/C/GC/39'],
  ['CRC/C/GC/25', 'CRC/C/GC/25', 'CRC/C/GC/25'],
  ['A/AC.291/22/Rev.10', 'A/AC.291/22/Rev.10', 'A/AC.291/22', 10],
];

/** Written other ways: [input, canonical symbol]. */
const LENIENT: Array<[string, string]> = [
  ['a/ac.291/22', 'A/AC.291/22'],
  ['a/ac.291/22/rev.1', 'A/AC.291/22/Rev.1'],
  ['A/AC.291/22/REV.1', 'A/AC.291/22/Rev.1'],
  ['A/AC.291/L.15/ADD.1', 'A/AC.291/L.15/Add.1'],
  ['a/ac.291/l.15/add.1', 'A/AC.291/L.15/Add.1'],
  ['A/AC.291/22/corr.1', 'A/AC.291/22/Corr.1'],
  ['  A/AC.291/22  ', 'A/AC.291/22'],
  ['a/res/79/243', 'A/RES/79/243'],
  ['ctoc/cop/2020/10', 'CTOC/COP/2020/10'],
  ['A/AC.291/misc.1', 'A/AC.291/Misc.1'],
];

const NOT_SYMBOLS = [
  '12/05/2024',
  '3/4',
  '1/2/3',
  '/en/about/index.html',
  'en/about/index.html',
  'and/or',
  'A/AC.291',
  'A/RES',
  'A',
  '',
  'A/AC.291/',
  'A//22',
  'X/AC.291/22',
  'UN/AC.291/22',
  'A/AC.291/22/Rev',
  'A/AC 291/22',
  'km/h/2',
  'A/AC.291/22/Rev.1 extra',
  'https://example.org/A/AC.291/22',
];

describe('parseSymbol', () => {
  it.each(CANONICAL)('parses %s', (input, symbol, family, revision, addendum, corrigendum) => {
    const parsed = parseSymbol(input);
    expect(parsed).toMatchObject({ symbol, family });
    expect(parsed?.revision).toBe(revision);
    expect(parsed?.addendum).toBe(addendum);
    expect(parsed?.corrigendum).toBe(corrigendum);
  });

  it.each(LENIENT)('reads %j as %s', (input, symbol) => {
    expect(parseSymbol(input)?.symbol).toBe(symbol);
  });

  it.each(NOT_SYMBOLS)('rejects the look-alike %j', (input) => {
    expect(parseSymbol(input)).toBeUndefined();
  });

  it('keeps version parts in the order written', () => {
    expect(parseSymbol('A/AC.291/22/Add.1/Rev.2')?.suffixes).toEqual([
      { part: 'Add', number: 1 },
      { part: 'Rev', number: 2 },
    ]);
  });
});

describe('symbolFromFileName', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['A_AC.291_22_E.pdf', 'A/AC.291/22', 'en'],
    ['A_AC.291_22_F.pdf', 'A/AC.291/22', 'fr'],
    ['A_AC.291_22_S.pdf', 'A/AC.291/22', 'es'],
    ['A_AC.291_22_R.pdf', 'A/AC.291/22', 'ru'],
    ['A_AC.291_22_A.pdf', 'A/AC.291/22', 'ar'],
    ['A_AC.291_22_C.pdf', 'A/AC.291/22', 'zh'],
    ['A_AC.291_22_Rev.1_E.pdf', 'A/AC.291/22/Rev.1', 'en'],
    ['A_AC.291_22_Rev.3_Corr.1_F.pdf', 'A/AC.291/22/Rev.3/Corr.1', 'fr'],
    ['A_AC.291_L.15_E.pdf', 'A/AC.291/L.15', 'en'],
    ['A_AC.291_L.15_Add.1_R.pdf', 'A/AC.291/L.15/Add.1', 'ru'],
    ['A_AC.291_CRP.13_E.pdf', 'A/AC.291/CRP.13', 'en'],
    ['A_AC.291_INF_1_E.pdf', 'A/AC.291/INF/1', 'en'],
    ['A_AC.291_INF_1_C.PDF', 'A/AC.291/INF/1', 'zh'],
    ['A_AC291_22_Rev1_E.pdf', 'A/AC.291/22/Rev.1', 'en'],
    ['A_AC.291_22_E.docx', 'A/AC.291/22', 'en'],
    ['A_AC.291_22_EN.pdf', 'A/AC.291/22', 'en'],
    ['A_RES_79_243_E.pdf', 'A/RES/79/243', 'en'],
    ['A_RES_79_243.pdf', 'A/RES/79/243', undefined],
    ['CTOC_COP_2020_10_S.pdf', 'CTOC/COP/2020/10', 'es'],
    ['E_CN.15_2024_L.3_Rev.1_A.pdf', 'E/CN.15/2024/L.3/Rev.1', 'ar'],
    ['Documents/A_AC.291_22_E.pdf', 'A/AC.291/22', 'en'],
  ];
  it.each(cases)('reads %s', (name, symbol, language) => {
    const parsed = symbolFromFileName(name);
    expect(parsed?.symbol).toBe(symbol);
    expect(parsed?.language).toBe(language);
  });

  it.each(['V2401234.pdf', 'index.html', 'A_E.pdf', 'report_2024_final.pdf', 'A_AC.291_E.pdf'])(
    'finds no symbol in %s',
    (name) => {
      expect(symbolFromFileName(name)).toBeUndefined();
    },
  );
});

describe('symbolFromUrl', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['https://undocs.org/A/AC.291/22', 'A/AC.291/22', undefined],
    ['https://undocs.org/en/A/AC.291/22', 'A/AC.291/22', 'en'],
    ['https://undocs.org/fr/A/RES/79/243', 'A/RES/79/243', 'fr'],
    ['https://undocs.org/zh/A/AC.291/22/Rev.1', 'A/AC.291/22/Rev.1', 'zh'],
    ['http://undocs.org/a/ac.291/l.15', 'A/AC.291/L.15', undefined],
    ['https://undocs.org/A%2FAC.291%2F22', 'A/AC.291/22', undefined],
    [
      'https://undocs.org/Home/Mobile?FinalSymbol=A%2FAC.291%2F22&Language=E&DeviceType=Desktop',
      'A/AC.291/22',
      'en',
    ],
    ['https://documents.un.org/api/symbol/access?s=A/AC.291/22&l=en', 'A/AC.291/22', 'en'],
    ['https://documents.un.org/api/symbol/access?s=A/AC.291/22&l=ru&t=pdf', 'A/AC.291/22', 'ru'],
    [
      'https://documents.un.org/symbol-explorer?s=A/RES/79/243&i=A/RES/79/243_1',
      'A/RES/79/243',
      undefined,
    ],
    [
      'https://daccess-ods.un.org/access.nsf/Get?OpenAgent&DS=A/AC.291/22&Lang=F',
      'A/AC.291/22',
      'fr',
    ],
    ['https://www.un.org/ga/search/view_doc.asp?symbol=A/RES/55/25&Lang=S', 'A/RES/55/25', 'es'],
    [
      'https://www.unodc.org/documents/Cybercrime/AdHocCommittee/Fourth_session/Documents/A_AC.291_22_E.pdf',
      'A/AC.291/22',
      'en',
    ],
    [
      'https://www.unodc.org/documents/Cybercrime/AdHocCommittee/Concluding_session/Documents/A_AC.291_L.15_Add.1_A.pdf',
      'A/AC.291/L.15/Add.1',
      'ar',
    ],
  ];
  it.each(cases)('reads %s', (url, symbol, language) => {
    const parsed = symbolFromUrl(url);
    expect(parsed?.symbol).toBe(symbol);
    expect(parsed?.language).toBe(language);
  });

  it('resolves relative links against a base', () => {
    const parsed = symbolFromUrl(
      '/documents/Cybercrime/AdHocCommittee/A_AC.291_CRP.13_E.pdf',
      'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/main.html',
    );
    expect(parsed?.symbol).toBe('A/AC.291/CRP.13');
  });

  it.each([
    'https://documents.un.org/doc/undoc/gen/v24/055/06/pdf/v2405506.pdf',
    'https://www.unodc.org/unodc/en/about/index.html',
    'https://undocs.org/en/about',
    'not a url',
    'https://example.org/2024/05/12/news.html',
  ])('finds no symbol in %s', (url) => {
    expect(symbolFromUrl(url)).toBeUndefined();
  });
});

describe('findSymbols', () => {
  it('finds every symbol in running text with its offsets', () => {
    const text =
      'The Committee had before it A/AC.291/22/Rev.1 and A/AC.291/L.15, see also (CTOC/COP/2020/10).';
    const found = findSymbols(text);
    expect(found.map((symbol) => symbol.symbol)).toEqual([
      'A/AC.291/22/Rev.1',
      'A/AC.291/L.15',
      'CTOC/COP/2020/10',
    ]);
    for (const symbol of found) expect(text.slice(symbol.start, symbol.end)).toBe(symbol.symbol);
  });

  it('stops before a sentence full stop and a dangling version word', () => {
    expect(findSymbols('adopted in A/RES/79/243.').map((found) => found.symbol)).toEqual([
      'A/RES/79/243',
    ]);
    expect(findSymbols('see A/AC.291/22/Rev. 2').map((found) => found.symbol)).toEqual([
      'A/AC.291/22',
    ]);
  });

  it('ignores dates, fractions, paths and symbols inside longer words', () => {
    const text =
      'On 12/05/2024, 3/4 of members read /en/about/index.html; XA/AC.291/22 and a/ac.291/22 too.';
    expect(findSymbols(text)).toEqual([]);
  });

  it('finds a symbol inside a link written out in text', () => {
    expect(findSymbols('https://undocs.org/A/AC.291/22')[0]?.symbol).toBe('A/AC.291/22');
  });
});
