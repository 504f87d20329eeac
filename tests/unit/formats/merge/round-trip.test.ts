import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../utils/formats/annotation.ts';
import { readSharedFile } from '../../../../utils/formats/import/parse-file.ts';
import { stateFromFile } from '../../../../utils/formats/merge.ts';
import { buildSetFile } from '../../../../utils/formats/set-export.ts';
import type { RedlineSetFile } from '../../../../utils/formats/set-file.ts';
import { annotation } from './arbitraries.ts';

const text = fc.string({ maxLength: 40 });
const timestamp = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString());

/** Any valid set file in the order buildSetFile writes: unique ids, sorted. */
const setFileArbitrary = fc
  .record({
    exportedAt: timestamp,
    setIds: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1, maxLength: 3 }),
    documentKeys: fc.uniqueArray(fc.stringMatching(/^A\/AC\.291\/[0-9]{1,3}\|en$/), {
      minLength: 1,
      maxLength: 3,
    }),
    annotations: fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        comment: text,
        rationale: text,
        tags: fc.array(text, { maxLength: 3 }),
        exact: text.filter((s) => s.length > 0),
        updatedAt: timestamp,
        deleted: fc.constantFrom(undefined, true),
        pick: fc.nat(),
      }),
      { selector: (a) => a.id, maxLength: 12 },
    ),
  })
  .map(({ exportedAt, setIds, documentKeys, annotations }): RedlineSetFile => {
    const sorted = (items: string[]) => [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      format: 'redline.annotation-set',
      version: 1,
      exportedAt,
      sets: sorted(setIds).map((id) => ({
        id,
        name: `Set ${id}`,
        colour: '#81c784',
        createdAt: exportedAt,
        updatedAt: exportedAt,
      })),
      documents: sorted(documentKeys).map((key) => ({
        key,
        symbol: key.split('|')[0],
        versions: ['f00d'],
      })),
      annotations: annotations
        .map(({ pick, exact, deleted, ...fields }): Annotation => {
          const base = annotation({
            ...fields,
            setId: setIds[pick % setIds.length] as string,
            documentKey: documentKeys[pick % documentKeys.length] as string,
          });
          const withQuote = {
            ...base,
            target: { ...base.target, quote: { ...base.target.quote, exact } },
          };
          return deleted ? { ...withQuote, deleted } : withQuote;
        })
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    };
  });

describe('a set file', () => {
  it('comes back unchanged from import then export', () => {
    fc.assert(
      fc.property(setFileArbitrary, (file) => {
        const read = readSharedFile(JSON.stringify(file));
        if (!read.ok) throw new Error(read.errors.join('\n'));
        const exported = buildSetFile(stateFromFile(read.value.file).state, file.exportedAt);
        expect(exported).toEqual(file);
        expect(JSON.stringify(exported)).toBe(
          JSON.stringify(buildSetFile(exported, file.exportedAt)),
        );
      }),
    );
  });
});
