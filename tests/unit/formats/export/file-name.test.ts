import { describe, expect, it } from 'vitest';
import { submissionFileName } from '../../../../utils/formats/export/file-name.ts';

const organisation = {
  name: 'Access to Justice Network',
  acronym: 'A2JN',
  country: '',
  contactName: '',
  contactEmail: '',
  accreditation: '',
};

describe('submissionFileName', () => {
  it('writes the symbol as UN file names do, then the acronym', () => {
    const document = { key: 'k', symbol: 'A/AC.291/22/Rev.1' };
    expect(submissionFileName({ document, organisation }, 'docx')).toBe(
      'A_AC.291_22_Rev.1-A2JN-comments.docx',
    );
  });

  it('makes an acronym safe for any file system', () => {
    const document = { key: 'k', symbol: 'A/AC.291/L.15' };
    const named = submissionFileName(
      { document, organisation: { ...organisation, acronym: 'Ação/../ «X»' } },
      'md',
    );
    expect(named).toBe('A_AC.291_L.15-Acao-X-comments.md');
  });

  it('falls back to the organisation name, then leaves the organisation out', () => {
    const document = { key: 'k', symbol: 'A/RES/55/25' };
    expect(
      submissionFileName({ document, organisation: { ...organisation, acronym: '' } }, 'csv'),
    ).toBe('A_RES_55_25-Access-to-Justice-Network-comments.csv');
    expect(
      submissionFileName(
        { document, organisation: { ...organisation, acronym: '', name: '' } },
        'csv',
      ),
    ).toBe('A_RES_55_25-comments.csv');
  });

  it('falls back to a slug of the title, then to "document"', () => {
    expect(
      submissionFileName(
        { document: { key: 'k', title: 'Draft text: Chapter II' }, organisation },
        'json',
      ),
    ).toBe('Draft-text-Chapter-II-A2JN-comments.json');
    expect(
      submissionFileName({ document: { key: 'k', title: 'مشروع' }, organisation }, 'json'),
    ).toBe('document-A2JN-comments.json');
  });

  it('sorts by document first', () => {
    const names = ['A/AC.291/22/Rev.1', 'A/AC.291/22', 'A/AC.291/CRP.13'].map((symbol) =>
      submissionFileName({ document: { key: symbol, symbol }, organisation }, 'docx'),
    );
    expect(names.sort()).toEqual([
      'A_AC.291_22-A2JN-comments.docx',
      'A_AC.291_22_Rev.1-A2JN-comments.docx',
      'A_AC.291_CRP.13-A2JN-comments.docx',
    ]);
  });
});
