import { describe, expect, it } from 'vitest';
import { documentKeyForUrl } from '../../../utils/formats/document-key-for-url.ts';
import { coverGaps } from '../../../utils/formats/profile-gaps.ts';
import { setFileName } from '../../../utils/sharing/set-file-name.ts';

describe('the document key of an annotated URL', () => {
  const open = {
    key: 'A/AC.254/4/Rev.11|en',
    url: 'https://www.unodc.org/documents/treaties/UNTOC/draft-convention.html',
  };

  it('is the open document when the URL is its page, fragment and tracking aside', () => {
    expect(documentKeyForUrl(`${open.url}?utm_source=mail#art5`, open)).toBe(open.key);
  });

  it('is symbol and language when the URL names a UN symbol', () => {
    expect(documentKeyForUrl('https://undocs.org/en/A/AC.291/22/Rev.1')).toBe(
      'A/AC.291/22/Rev.1|en',
    );
    expect(
      documentKeyForUrl('https://www.unodc.org/documents/Cybercrime/A_AC.291_22_Rev.1_F.pdf', open),
    ).toBe('A/AC.291/22/Rev.1|fr');
  });

  it('is the canonical URL otherwise, and the text itself when it is no URL', () => {
    expect(documentKeyForUrl('https://example.org/page?utm_medium=x#top')).toBe(
      'https://example.org/page',
    );
    expect(documentKeyForUrl('not a url')).toBe('not a url');
  });
});

describe('names the user sees', () => {
  it('names a set file by its one set, or by how many', () => {
    const day = new Date('2026-11-20T09:30:00Z');
    expect(setFileName(['CLF comments on UNTOC'], day)).toBe(
      'CLF-comments-on-UNTOC-2026-11-20.redline.json',
    );
    expect(setFileName(['Mine', 'Theirs'], day)).toBe('2-sets-2026-11-20.redline.json');
    expect(setFileName(['مسودة'], day)).toBe('set-2026-11-20.redline.json');
  });

  it('lists the empty cover fields of a profile', () => {
    const profile = {
      authorId: 'x',
      authorName: '',
      organisation: 'Civil Liberties Forum',
      acronym: ' ',
      country: '',
      contactName: 'Amina',
      contactEmail: '',
      accreditation: '',
    };
    expect(coverGaps(profile)).toEqual(['acronym', 'contactEmail']);
  });
});
