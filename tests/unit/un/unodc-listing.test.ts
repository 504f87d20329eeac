import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../utils/un/detect.ts';
import { DetectResult } from '../../../utils/un/schemas.ts';
import { fixturePage } from './fixtures.ts';

const PAGE =
  'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/ahc_first_session/main.html';
const FILES = 'https://www.unodc.org/documents/Cybercrime/AdHocCommittee/First_session/';

describe('a UNODC session page: symbol links to undocs.org, then A | C | E | F | R | S', () => {
  const result = detectPage(fixturePage('unodc-session-documents.html', PAGE), PAGE);
  const bySymbol = new Map(result.documents.map((document) => [document.symbol, document]));

  it('lists the three documents', () => {
    expect(DetectResult.parse(result)).toEqual(result);
    expect(result.kind).toBe('listing');
    expect([...bySymbol.keys()]).toEqual(['A/AC.291/1', 'A/AC.291/3', 'A/AC.291/4']);
  });

  it('offers every language file, English included, and keeps the symbol link beside them', () => {
    const agenda = bySymbol.get('A/AC.291/1');
    expect(agenda?.languages).toEqual({
      ar: `${FILES}A_AC.291_1_A.pdf`,
      zh: `${FILES}A_AC.291_1_C.pdf`,
      en: `${FILES}A_AC.291_1_E.pdf`,
      fr: `${FILES}A_AC.291_1_F.pdf`,
      ru: `${FILES}A_AC.291_1_R.pdf`,
      es: `${FILES}A_AC.291_1_S.pdf`,
    });
    expect(agenda?.symbolLink).toBe(
      'https://undocs.org/Home/Mobile?FinalSymbol=A%2FAC.291%2F1&Language=E&DeviceType=Desktop&LangRequested=False',
    );
    expect(bySymbol.get('A/AC.291/3')?.symbolLink).toBe('https://undocs.org/A/AC.291/3');
    // Job-number files carry their language in the label; they belong to the row's symbol.
    expect(Object.keys(bySymbol.get('A/AC.291/3')?.languages ?? {}).sort()).toEqual([
      'ar',
      'en',
      'es',
      'fr',
      'ru',
      'zh',
    ]);
    expect(bySymbol.get('A/AC.291/4')?.languages).toEqual({ en: `${FILES}A_AC.291_4_E.pdf` });
  });

  it('titles the documents without the language links glued to them', () => {
    expect(bySymbol.get('A/AC.291/1')?.title).toBe('Annotated provisional agenda');
    expect(bySymbol.get('A/AC.291/3')?.title).toBe('Proposed organization of work');
    expect(bySymbol.get('A/AC.291/4')?.title).toBe(
      'Compilation of views submitted by Member States on the scope, objectives and structure (elements) of the convention',
    );
  });
});
