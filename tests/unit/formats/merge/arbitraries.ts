import fc from 'fast-check';
import type { Annotation } from '../../../../utils/formats/annotation.ts';
import type { SetFileSet, SharedState } from '../../../../utils/formats/merge.ts';
import type { SetFileDocument } from '../../../../utils/formats/set-file.ts';

/** Few ids, times and texts, so that generated states overlap, conflict and delete often. */
const instant = fc.constantFrom(
  '2026-11-01T10:00:00.000Z',
  '2026-11-02T10:00:00.000Z',
  '2026-11-03T10:00:00.000Z',
);

export function annotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: 'a1',
    setId: 's1',
    documentKey: 'doc-a1',
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'shall adopt',
        prefix: 'Each State Party ',
        suffix: ' such',
      },
      position: { type: 'TextPositionSelector', start: 10, end: 21 },
      documentVersion: 'v1',
    },
    provision: 'Art. 5(1)',
    comment: 'Too broad.',
    rationale: '',
    tags: [],
    author: { id: 'author-1', name: 'A. Reviewer' },
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

/** The document key follows from the id: collisions across documents are tested on their own. */
export const annotationArbitrary = fc
  .record({
    id: fc.constantFrom('a1', 'a2', 'a3'),
    comment: fc.constantFrom('Too broad.', 'Delete.', '<b>Keep</b>'),
    updatedAt: instant,
    deleted: fc.constantFrom(undefined, true),
  })
  .map(({ id, comment, updatedAt, deleted }) =>
    annotation({
      id,
      documentKey: `doc-${id}`,
      comment,
      updatedAt,
      ...(deleted ? { deleted } : {}),
    }),
  );

export const setArbitrary = fc
  .record({
    id: fc.constantFrom('s1', 's2'),
    name: fc.constantFrom('Ours', 'Theirs'),
    updatedAt: instant,
  })
  .map(
    ({ id, name, updatedAt }): SetFileSet => ({
      id,
      name,
      colour: '#ffd54f',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt,
    }),
  );

export const documentArbitrary = fc
  .constantFrom('a1', 'a2', 'a3')
  .map((id): SetFileDocument => ({ key: `doc-${id}`, symbol: `A/AC.291/${id}`, versions: ['v1'] }));

export const rawStateArbitrary = fc.record({
  sets: fc.array(setArbitrary, { maxLength: 4 }),
  documents: fc.array(documentArbitrary, { maxLength: 3 }),
  annotations: fc.array(annotationArbitrary, { maxLength: 8 }),
});

/** A state in order-free form, so that equal content compares equal. */
export function normalised(state: SharedState): SharedState {
  const byId = <T extends { id: string }>(items: T[]) =>
    [...items].sort((a, b) => a.id.localeCompare(b.id));
  return {
    sets: byId(state.sets),
    annotations: byId(state.annotations),
    documents: [...state.documents]
      .map((document) => ({ ...document, versions: [...document.versions].sort() }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}
