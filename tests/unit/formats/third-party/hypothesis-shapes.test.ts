import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSharedFile } from '../../../../utils/formats/import/parse-file.ts';
import { shareable } from '../../../../utils/formats/privacy.ts';
import { buildSubmission } from '../../../../utils/formats/submission-build.ts';
import { inEnglish } from '../../../harness/problems.ts';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/sharing');
const envelope = JSON.parse(
  readFileSync(path.join(FIXTURES, 'hypothesis-api/client-export.json'), 'utf8'),
);
const search = JSON.parse(readFileSync(path.join(FIXTURES, 'hypothesis-api/search.json'), 'utf8'));
const single = JSON.parse(
  readFileSync(path.join(FIXTURES, 'hypothesis-api/annotation.json'), 'utf8'),
);

function read(value: unknown) {
  const result = readSharedFile(JSON.stringify(value));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

describe('Hypothesis, every shape its API and client write', () => {
  it('reads one annotation as GET /api/annotations/{id} returns it', () => {
    const { kind, file } = read(single);
    expect(kind).toBe('hypothesis');
    expect(file.annotations).toHaveLength(1);
    // document.title as the API sometimes gives it: a plain string.
    expect(file.documents[0]?.title).toBe(
      'United Nations Convention against Transnational Organized Crime',
    );
  });

  it('reads a search response (rows, total) and the same rows as a bare array alike', () => {
    const fromSearch = read(search);
    const fromArray = read(search.rows);
    expect(fromSearch.file.annotations).toEqual(fromArray.file.annotations);
    expect(fromSearch.file.annotations).toHaveLength(3);
  });

  it('reads the client’s export envelope, its set named after the exporting user', () => {
    const { file, skipped } = read(envelope);
    expect(file.sets).toEqual([
      expect.objectContaining({ name: 'Hypothesis', owner: { author: 'mkariuki' } }),
    ]);
    expect(file.annotations).toHaveLength(3);
    expect(inEnglish(skipped)).toEqual([
      'annotations[3] (id "pgNt1Ee-2aXk0mQd3aLtA"): not imported (a page note with no passage of text to quote)',
    ]);
  });

  it('keeps replies under the comment that started their thread', () => {
    const { file } = read(envelope);
    const threaded = file.annotations.find((a) => a.replies?.length);
    expect(threaded?.replies?.map((reply) => [reply.text, reply.author?.name])).toEqual([
      ['Agreed — and the threshold in Art. 2(b) makes it worse.', 'Lena Kowalska'],
      ['Raised with the delegation on 12 November.', 'Mwangi Kariuki'],
    ]);
  });

  it('keeps a private note private: flagged, and out of shared sets and submissions', () => {
    const { file } = read(envelope);
    const note = file.annotations.find((a) => a.comment.startsWith('Internal:'));
    expect(note?.private).toBe(true);
    expect(file.annotations.filter((a) => a.private)).toHaveLength(1);
    expect(shareable(file.annotations, false).map((a) => a.id)).not.toContain(note?.id);
    expect(shareable(file.annotations, true).map((a) => a.id)).toContain(note?.id);
    const [document] = file.documents;
    if (!document) throw new Error('no document');
    const input = {
      profile: {
        organisation: 'CLF',
        acronym: '',
        country: '',
        contactName: '',
        contactEmail: '',
        accreditation: '',
      },
      document,
      annotations: file.annotations,
    };
    expect(buildSubmission(input).items.map((item) => item.id)).not.toContain(note?.id);
    expect(
      buildSubmission({ ...input, filter: { includePrivate: true } }).items.map((item) => item.id),
    ).toContain(note?.id);
  });

  it('skips an annotation over Redline’s limits, names it, and imports the other 4,999', () => {
    const [model] = search.rows;
    const rows = Array.from({ length: 5_000 }, (_, index) => ({ ...model, id: `bulk-${index}` }));
    rows[1234] = { ...rows[1234], text: 'x'.repeat(20_001) };
    rows[4321] = { ...rows[4321], tags: ['y'.repeat(501)] };
    const { file, skipped } = read({ total: rows.length, rows });
    expect(file.annotations).toHaveLength(4_998);
    expect(inEnglish(skipped)).toEqual([
      'rows[1234] (id "bulk-1234"): not imported (text: longer than 20,000 characters)',
      'rows[4321] (id "bulk-4321"): not imported (tags[0]: longer than 500 characters)',
    ]);
  }, 60_000);
});
