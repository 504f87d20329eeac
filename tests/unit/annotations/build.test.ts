import { describe, expect, it } from 'vitest';
import {
  buildAnnotation,
  draftKey,
  fieldsOf,
  normaliseTags,
} from '../../../utils/annotations/build.ts';
import { Annotation } from '../../../utils/formats/annotation.ts';
import { annotationOn } from './fixtures.ts';

const author = { id: 'me', name: 'Me', organisation: 'Article 19' };

describe('building annotations from the editor', () => {
  it('makes a valid new annotation with clean tags and no empty proposal', () => {
    const base = annotationOn('x');
    const built = buildAnnotation({
      id: 'new-1',
      setId: 'my-comments',
      documentKey: base.documentKey,
      target: base.target,
      provision: 'Art. 5(1)(b)',
      fields: {
        comment: 'Narrow it.',
        rationale: '',
        tags: ['privacy, Human  rights', 'privacy'],
        proposal: { kind: 'replace', text: '  ' },
      },
      author,
      now: new Date('2026-11-29T12:00:00Z'),
    });
    expect(Annotation.parse(built)).toEqual(built);
    expect(built.tags).toEqual(['privacy', 'Human rights']);
    expect(built.proposal).toBeUndefined();
    expect(built.createdAt).toBe('2026-11-29T12:00:00.000Z');
    expect(built.author).toEqual(author);
  });

  it('keeps the first author and creation time when someone edits, in the set chosen', () => {
    const previous = annotationOn('a1', { setId: 'my-comments', stance: 'oppose' });
    const edited = buildAnnotation({
      id: 'a1',
      setId: 'coalition',
      documentKey: previous.documentKey,
      target: previous.target,
      provision: previous.provision,
      fields: {
        ...fieldsOf(previous),
        comment: 'Even broader than we thought.',
        proposal: { kind: 'delete', text: '' },
      },
      author,
      now: new Date('2026-11-29T12:00:00Z'),
      previous,
    });
    expect(edited).toMatchObject({
      setId: 'coalition',
      author: previous.author,
      createdAt: previous.createdAt,
      updatedAt: '2026-11-29T12:00:00.000Z',
      stance: 'oppose',
      proposal: { kind: 'delete', text: '' },
    });
  });

  it('round-trips every editable field through fieldsOf', () => {
    const annotation = annotationOn('a2', {
      proposal: { kind: 'insert', text: 'with due regard to human rights' },
      stance: 'amend',
      priority: 'high',
      tags: ['safeguards'],
      rationale: 'ICCPR art. 17',
    });
    expect(fieldsOf(annotation)).toEqual({
      comment: 'Too broad.',
      rationale: 'ICCPR art. 17',
      tags: ['safeguards'],
      proposal: { kind: 'insert', text: 'with due regard to human rights' },
      stance: 'amend',
      priority: 'high',
    });
  });

  it('keeps a comment private while the editor says so, and shares it again once unticked', () => {
    const annotation = annotationOn('a4', { private: true });
    const fields = fieldsOf(annotation);
    expect(fields.private).toBe(true);
    const input = {
      id: annotation.id,
      setId: annotation.setId,
      documentKey: annotation.documentKey,
      target: annotation.target,
      provision: annotation.provision,
      author,
      now: new Date('2026-11-30T12:00:00Z'),
      previous: annotation,
    };
    expect(buildAnnotation({ ...input, fields }).private).toBe(true);
    const { private: _ticked, ...shared } = fields;
    expect(buildAnnotation({ ...input, fields: shared })).not.toHaveProperty('private');
  });

  it('keys drafts by the annotation edited, or by the passage for a new one', () => {
    const { target } = annotationOn('a3', { start: 1200 });
    expect(draftKey('doc', target, 'a3')).toBe('edit:a3');
    expect(draftKey('doc', target)).toBe('new:doc:1200-1268');
    expect(normaliseTags([' a ,b', 'a', ''])).toEqual(['a', 'b']);
  });
});
