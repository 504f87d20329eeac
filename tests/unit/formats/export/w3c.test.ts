import { describe, expect, it } from 'vitest';
import {
  ANNO_CONTEXT,
  submissionToW3c,
  type W3cAnnotation,
  type W3cAnnotationCollection,
  type W3cTextualBody,
} from '../../../../utils/formats/export/w3c.ts';
import { buildSubmission, selectAnnotations } from '../../../../utils/formats/submission-build.ts';
import { FIXTURE_ORDER, fixtureInput } from './fixture.ts';

const input = fixtureInput();
const annotations = selectAnnotations(input);
const { document } = buildSubmission(input);
const collection: W3cAnnotationCollection = JSON.parse(
  submissionToW3c(annotations, document, {
    collectionId: 'urn:uuid:c0ffee00-0000-4000-8000-000000000000',
  }),
);
const items = collection.first.items as W3cAnnotation[];
const byProvision = (provision: string) =>
  items.find((item) =>
    item.body.some(
      (body) =>
        typeof body !== 'string' && body.purpose === 'identifying' && body.value === provision,
    ),
  );

describe('submissionToW3c', () => {
  it('is an AnnotationCollection in the Web Annotation context, its page embedded', () => {
    expect(collection['@context'][0]).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(FIXTURE_ORDER.length);
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
  });

  it('gives every annotation the required fields', () => {
    for (const item of items) {
      expect(item.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(item.type).toBe('Annotation');
      expect(item.motivation).toBeDefined();
      expect(item.target.source).toBe('https://undocs.org/en/A/RES/55/25');
      expect(item.target.selector.map((selector) => selector.type)).toEqual([
        'TextQuoteSelector',
        'TextPositionSelector',
      ]);
      expect(item.created).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(item.creator?.type).toBe('Person');
    }
  });

  it('keeps document order', () => {
    const provisions = items.map(
      (item) =>
        item.body.find(
          (body): body is W3cTextualBody =>
            typeof body !== 'string' && body.purpose === 'identifying',
        )?.value ?? 'General',
    );
    expect(provisions).toEqual(FIXTURE_ORDER);
  });

  it('records when the passage was read, and the text version in Redline’s namespace', () => {
    const annotation = annotations[1];
    expect(items[1]?.target.state).toEqual({
      type: 'TimeState',
      sourceDate: annotation?.createdAt,
    });
    expect(items[1]?.target['redline:textVersion']).toBe(annotation?.target.documentVersion);
  });

  it('adds editing, with the passage as amended, when there is a proposal', () => {
    const replaced = byProvision('Art. 2(b)');
    expect(replaced?.motivation).toEqual(['commenting', 'editing']);
    expect(replaced?.body).toContainEqual({
      type: 'TextualBody',
      value: 'at least five years',
      format: 'text/plain',
      purpose: 'editing',
    });
    expect(byProvision('Art. 5(1)(a)(i)')?.body).toContainEqual(
      expect.objectContaining({ purpose: 'editing', value: '' }),
    );
    expect(byProvision('Art. 1')?.motivation).toBe('commenting');
  });

  it('carries comment, rationale, tags, stance and priority as purposed bodies', () => {
    const purposes = byProvision('Art. 20(1)')?.body.map((body) =>
      typeof body === 'string' ? ['link', body] : [body.purpose, body.value],
    );
    expect(purposes).toEqual([
      ['identifying', 'Art. 20(1)'],
      ['commenting', '<script>alert(1)</script> Surveillance powers need safeguards & oversight.'],
      ['editing', 'electronic surveillance subject to prior judicial authorization'],
      ['describing', 'Necessity and proportionality; *independent* review.'],
      ['assessing', 'oppose'],
      ['classifying', 'priority: high'],
      ['tagging', 'privacy'],
      ['tagging', 'safeguards'],
    ]);
  });

  it('names a document without symbol or URL by its key, and non-UUID ids by a Redline URN', () => {
    const [first] = annotations;
    const renamed = { ...first, id: 'note 1' } as typeof first & object;
    const text = submissionToW3c([renamed], { key: 'file:draft.txt' });
    const [only] = (JSON.parse(text) as W3cAnnotationCollection).first.items as W3cAnnotation[];
    expect(only?.id).toBe('urn:redline:annotation:note%201');
    expect(only?.target.source).toBe('urn:redline:document:file%3Adraft.txt');
  });
});
