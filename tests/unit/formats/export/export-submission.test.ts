import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  exportSubmission,
} from '../../../../utils/formats/export/export-submission.ts';
import { fixtureInput } from './fixture.ts';

describe('exportSubmission', () => {
  it.each([
    [
      'docx',
      'A_RES_55_25-A2JN-comments.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['md', 'A_RES_55_25-A2JN-comments.md', 'text/markdown; charset=utf-8'],
    ['csv', 'A_RES_55_25-A2JN-comments.csv', 'text/csv; charset=utf-8'],
    ['json', 'A_RES_55_25-A2JN-comments.json', 'application/json'],
    [
      'w3c',
      'A_RES_55_25-A2JN-comments.jsonld',
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    ],
  ] as const)('names and types a %s file', async (format, fileName, mimeType) => {
    const exported = await exportSubmission(format, fixtureInput());
    expect(exported.fileName).toBe(fileName);
    expect(exported.mimeType).toBe(mimeType);
    expect(exported.data instanceof Uint8Array).toBe(format === 'docx');
  });

  it('covers every format it lists', () => {
    expect([...EXPORT_FORMATS].sort()).toEqual(['csv', 'docx', 'json', 'md', 'w3c']);
  });

  it('applies the filter in every format, W3C included', async () => {
    const input = fixtureInput({ filter: { stances: ['oppose'] } });
    const json = JSON.parse((await exportSubmission('json', input)).data as string);
    const w3c = JSON.parse((await exportSubmission('w3c', input)).data as string);
    expect(json.items.map((item: { provision: string }) => item.provision)).toEqual(['Art. 20(1)']);
    expect(w3c.total).toBe(1);
  });
});
