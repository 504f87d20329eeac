import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../utils/formats/annotation.ts';
import { Submission } from '../../../../utils/formats/submission.ts';
import { buildSubmission } from '../../../../utils/formats/submission-build.ts';
import { FIXTURE_ORDER, fixtureInput, fixtureSet, untocText } from './fixture.ts';

describe('the fixture', () => {
  it('quotes the Convention text exactly where its positions say', () => {
    for (const { target } of fixtureSet.annotations) {
      const { start, end } = target.position ?? { start: -1, end: -1 };
      expect(untocText.slice(start, end)).toBe(target.quote.exact);
      expect(untocText.slice(0, start).endsWith(target.quote.prefix)).toBe(true);
    }
  });
});

describe('buildSubmission', () => {
  const submission = buildSubmission(fixtureInput());

  it('is valid by its own schema', () => {
    expect(Submission.safeParse(submission).success).toBe(true);
  });

  it('orders items in document order, filing a comment without provision under General first', () => {
    expect(submission.items.map((item) => item.provision)).toEqual(FIXTURE_ORDER);
  });

  it('leaves out tombstones', () => {
    expect(submission.items.map((item) => item.id)).not.toContain(
      '1a2b3c4d-0001-4000-8000-000000000004',
    );
    expect(submission.items).toHaveLength(fixtureSet.annotations.length - 1);
  });

  it('heads the submission with the organisation profile and the document', () => {
    expect(submission.organisation).toEqual({
      name: 'Access to Justice Network',
      acronym: 'A2JN',
      country: 'Kenya',
      contactName: 'Amina Odhiambo',
      contactEmail: 'amina@example.org',
      accreditation: 'ECOSOC special consultative status',
    });
    expect(submission.document).toMatchObject({ symbol: 'A/RES/55/25', language: 'en' });
    expect(submission.document.version).toBe(fixtureSet.documents[0]?.versions[0]);
    expect(submission.date).toBe('2024-02-15');
  });

  it('carries every field of a comment across', () => {
    const item = submission.items.find((entry) => entry.provision === 'Art. 20(1)');
    expect(item).toMatchObject({
      quote: 'electronic or other forms of surveillance',
      comment: '<script>alert(1)</script> Surveillance powers need safeguards & oversight.',
      proposal: {
        kind: 'replace',
        text: 'electronic surveillance subject to prior judicial authorization',
      },
      stance: 'oppose',
      priority: 'high',
      tags: ['privacy', 'safeguards'],
      author: { name: 'Amina Odhiambo' },
    });
  });

  it('reads the revision from the symbol', () => {
    const document = { key: 'A/AC.291/22/Rev.1|en', symbol: 'A/AC.291/22/Rev.1', versions: [] };
    expect(buildSubmission(fixtureInput({ document })).document.revision).toBe('Rev.1');
    expect(submission.document.revision).toBeUndefined();
  });

  it('keeps only the document asked for', () => {
    const other = { key: 'A/AC.291/22|en', versions: [] };
    expect(buildSubmission(fixtureInput({ document: other })).items).toEqual([]);
  });

  it('names the revision each comment was written on and the one it targets now', () => {
    const input = fixtureInput();
    const [first, ...rest] = input.annotations as [Annotation, ...Annotation[]];
    const carried: Annotation = {
      ...first,
      carriedFrom: {
        annotationId: 'older',
        documentKey: 'A/AC.254/4/Rev.10|en',
        symbol: 'A/AC.254/4/Rev.10',
        provision: first.provision,
      },
    };
    const items = buildSubmission({ ...input, annotations: [carried, ...rest] }).items;
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get(carried.id)).toMatchObject({
      writtenOn: 'A/AC.254/4/Rev.10',
      targets: 'A/RES/55/25',
    });
    expect(byId.get(rest[0]?.id as string)).toMatchObject({
      writtenOn: 'A/RES/55/25',
      targets: 'A/RES/55/25',
    });
  });

  it('drops blank general comments', () => {
    const built = buildSubmission(fixtureInput({ generalComments: ['First.', '  ', ''] }));
    expect(built.generalComments).toEqual(['First.']);
  });

  describe('filters', () => {
    const provisions = (filter: Parameters<typeof fixtureInput>[0]) =>
      buildSubmission(fixtureInput(filter)).items.map((item) => item.provision);

    it('by set', () => {
      expect(provisions({ filter: { setIds: ['colleague-layer'] } })).toEqual([
        'Art. 2(a)',
        'Art. 2(b)',
        'Art. 12(1)',
        'Art. 16(1)',
      ]);
    });

    it('by author', () => {
      expect(
        provisions({ filter: { authorIds: ['b3e4d5c6-7a8b-4c9d-8e0f-1a2b3c4d5e6f'] } }),
      ).toHaveLength(4);
    });

    it('by any of several tags', () => {
      expect(provisions({ filter: { tags: ['privacy', 'extradition'] } })).toEqual([
        'Art. 16(1)',
        'Art. 20(1)',
      ]);
    });

    it('by stance, leaving out comments without one', () => {
      expect(provisions({ filter: { stances: ['support'] } })).toEqual([
        'Art. 1',
        'Art. 2(a)',
        'Art. 16(1)',
      ]);
    });

    it('not at all when a list is empty', () => {
      expect(provisions({ filter: { tags: [], setIds: [] } })).toEqual(FIXTURE_ORDER);
    });
  });

  describe('across text versions', () => {
    const onVersion = (annotation: Annotation, version: string, start: number): Annotation => ({
      ...annotation,
      target: {
        ...annotation.target,
        documentVersion: version,
        position: { type: 'TextPositionSelector', start, end: start + 10 },
      },
    });

    it('orders by provision, since offsets into different texts do not compare', () => {
      const [article24, article10, article2] = ['Art. 24(1)', 'Art. 10(1)', 'Art. 2(b)'].map(
        (provision) => fixtureSet.annotations.find((a) => a.provision === provision) as Annotation,
      ) as [Annotation, Annotation, Annotation];
      const annotations = [
        onVersion(article24, 'old', 5),
        onVersion(article10, 'new', 900),
        onVersion(article2, 'new', 1),
      ];
      const built = buildSubmission(fixtureInput({ annotations }));
      expect(built.items.map((item) => item.provision)).toEqual([
        'Art. 2(b)',
        'Art. 10(1)',
        'Art. 24(1)',
      ]);
    });

    it('orders by position when every comment is on one version', () => {
      const [a, b] = fixtureSet.annotations.filter((x) =>
        ['Art. 24(1)', 'Art. 10(1)'].includes(x.provision),
      ) as [Annotation, Annotation];
      // Positions, not addresses, decide: a mislabelled address does not move a comment.
      const annotations = [onVersion(a, 'v', 1), onVersion(b, 'v', 500)];
      const built = buildSubmission(fixtureInput({ annotations }));
      expect(built.items.map((item) => item.provision)).toEqual([a.provision, b.provision]);
    });
  });
});
