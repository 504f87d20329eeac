import type { Annotation } from '../../../utils/formats/annotation.ts';

/** An annotation on UNTOC art. 5 (Text: UN Convention against Transnational Organized Crime, GA res. 55/25). */
export function annotationOn(
  id: string,
  overrides: Partial<Annotation> & { start?: number } = {},
): Annotation {
  const { start = 1000, ...rest } = overrides;
  const exact = 'Organizing, directing, aiding, abetting, facilitating or counselling';
  return {
    id,
    setId: 'my-comments',
    documentKey: 'A/AC.254/4/Rev.11|en',
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact,
        prefix: 'b) ',
        suffix: ' the commission of serious crime',
      },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
      structure: {
        type: 'StructuralSelector',
        address: 'Art. 5(1)(b)',
        offset: 3,
        unitLength: 140,
      },
      documentVersion: '0123456789abcdef',
    },
    provision: 'Art. 5(1)(b)',
    comment: 'Too broad.',
    rationale: '',
    tags: [],
    author: { id: 'author-1', name: 'A. Reviewer', organisation: 'Access Now' },
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...rest,
  };
}
