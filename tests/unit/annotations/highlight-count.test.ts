import { describe, expect, it } from 'vitest';
import { stripSummary } from '../../../components/PageStrip.tsx';
import { isHighlightOnly } from '../../../utils/annotations/build.ts';
import { translator } from '../../../utils/i18n/translate.ts';
import { annotationOn } from './fixtures.ts';

describe('highlights are not comments', () => {
  it('tells a bare highlight from a comment, a proposal or a rationale', () => {
    expect(isHighlightOnly(annotationOn('h', { comment: '  ' }))).toBe(true);
    expect(isHighlightOnly(annotationOn('c'))).toBe(false);
    expect(
      isHighlightOnly(annotationOn('p', { comment: '', proposal: { kind: 'delete', text: '' } })),
    ).toBe(false);
    expect(isHighlightOnly(annotationOn('r', { comment: '', rationale: 'Art. 17 ICCPR' }))).toBe(
      false,
    );
  });

  it('counts them apart on the page strip', () => {
    const en = translator('en');
    expect(stripSummary({ comments: 0, highlights: 1 }, en)).toBe('0 comments · 1 highlight');
    expect(stripSummary({ comments: 1, highlights: 0 }, en)).toBe('1 comment');
    expect(stripSummary({ comments: 2, highlights: 3 }, en)).toBe('2 comments · 3 highlights');
  });

  it('counts them in the plural forms of Russian and Arabic', () => {
    expect(stripSummary({ comments: 2, highlights: 5 }, translator('ru'))).toBe(
      '2 комментария · 5 выделений',
    );
    expect(stripSummary({ comments: 2, highlights: 11 }, translator('ar'))).toBe(
      'تعليقان · 11 تظليلًا',
    );
  });
});
