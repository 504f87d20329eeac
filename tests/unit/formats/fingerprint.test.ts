import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../../../utils/formats/fingerprint.ts';
import { jsonEqual } from '../../../utils/formats/import/json-equal.ts';
import { colleague } from '../../fixtures/sharing/database.ts';

describe('contentFingerprint', () => {
  it('is the same for contents jsonEqual calls equal: key order and undefined members do not count', () => {
    const [annotation] = colleague().annotations;
    const reordered = Object.fromEntries(Object.entries(annotation ?? {}).reverse());
    expect(contentFingerprint(reordered)).toBe(contentFingerprint(annotation));
    expect(contentFingerprint({ ...annotation, notAField: undefined })).toBe(
      contentFingerprint(annotation),
    );
    expect(contentFingerprint(annotation)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with any field of a real annotation, however small the change', () => {
    const [annotation] = colleague().annotations;
    if (!annotation) throw new Error('fixture has no annotation');
    const changed = [
      { ...annotation, comment: `${annotation.comment} ` },
      { ...annotation, updatedAt: '2026-12-01T00:00:00.001Z' },
      { ...annotation, documentKey: `${annotation.documentKey}x` },
      { ...annotation, tags: [...(annotation.tags ?? []), 'x'] },
      {
        ...annotation,
        target: { ...annotation.target, quote: { ...annotation.target.quote, prefix: '' } },
      },
    ].map(contentFingerprint);
    expect(new Set([contentFingerprint(annotation), ...changed]).size).toBe(changed.length + 1);
  });

  it('agrees with jsonEqual on any JSON values', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(contentFingerprint(a) === contentFingerprint(b)).toBe(jsonEqual(a, b));
        expect(contentFingerprint(structuredClone(a))).toBe(contentFingerprint(a));
      }),
    );
  });
});
