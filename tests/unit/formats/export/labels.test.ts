import { describe, expect, it } from 'vitest';
import { coverLines, submissionWords } from '../../../../utils/formats/export/labels.ts';
import type { Submission } from '../../../../utils/formats/submission.ts';

function cover(document: Submission['document']) {
  const submission = {
    organisation: { name: 'Article 19' },
    document,
    date: '2026-11-30',
  } as unknown as Submission;
  return coverLines(submission, submissionWords(submission, 'en')).find(
    (line) => line.label === 'Document',
  )?.value;
}

describe('the submission cover', () => {
  it('names the document by its symbol and language', () => {
    expect(
      cover({ key: 'A/AC.291/22/Rev.1|en', symbol: 'A/AC.291/22/Rev.1', language: 'en' }),
    ).toBe('A/AC.291/22/Rev.1 (en)');
  });

  it('names a page without a symbol by its address, never by a bare language', () => {
    const url = 'https://www.unodc.org/documents/treaties/UNTOC/draft-convention-session.html';
    expect(cover({ key: url, url, language: 'en' })).toBe(`${url} (en)`);
    expect(cover({ key: 'fingerprint', language: 'en' })).toBeUndefined();
  });
});
