import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import { afterEach, describe, expect, it } from 'vitest';
import { applyImport, importSharedFile } from '../../../../utils/db/import.ts';
import type { Annotation } from '../../../../utils/formats/annotation.ts';
import { renderRedlineContext } from '../../../../utils/formats/export/redline-context.ts';
import {
  submissionToW3c,
  type W3cAnnotationCollection,
} from '../../../../utils/formats/export/w3c.ts';
import { readSharedFile } from '../../../../utils/formats/import/parse-file.ts';
import type { RedlineSetFile } from '../../../../utils/formats/set-file.ts';
import { buildSubmission } from '../../../../utils/formats/submission-build.ts';
import { deleteOpened, freshDb } from '../../../harness/fresh-db.ts';

afterEach(deleteOpened);

const ROOT = path.resolve(__dirname, '../../../..');
const SUITE = path.join(ROOT, 'tests/fixtures/sharing/w3c-test-suite');
const setFile = (): RedlineSetFile =>
  JSON.parse(
    readFileSync(path.join(ROOT, 'tests/fixtures/formats/untoc-comments.redline.json'), 'utf8'),
  );

/** Redline's W3C export of one set file's live annotations on its (only) document. */
function exportW3c(file: RedlineSetFile): string {
  const [document] = file.documents;
  if (!document) throw new Error('fixture has no document');
  const profile = {
    organisation: '',
    acronym: '',
    country: '',
    contactName: '',
    contactEmail: '',
    accreditation: '',
  };
  const submission = buildSubmission({ profile, document, annotations: file.annotations });
  const live = file.annotations.filter((annotation) => !annotation.deleted);
  return submissionToW3c(live, submission.document, { sets: file.sets });
}

const byId = (a: Annotation, b: Annotation) => a.id.localeCompare(b.id);

/** Every leaf value of an annotation, by its path: what a round trip must give back. */
function leaves(value: unknown, at = ''): string[] {
  if (value === null || typeof value !== 'object') return [`${at}=${JSON.stringify(value)}`];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, `${at}/${key}`));
}

describe('Redline → W3C → Redline', () => {
  const original = setFile();
  const text = exportW3c(original);

  it('gives back every field of every annotation, with its id, set and document', () => {
    const read = readSharedFile(text);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const live = original.annotations.filter((annotation) => !annotation.deleted).sort(byId);
    const back = [...read.value.file.annotations].sort(byId);
    expect(back).toEqual(live);
    expect(read.value.skipped).toEqual([]);
    expect(read.value.file.sets).toEqual(
      original.sets.filter((set) => live.some((a) => a.setId === set.id)),
    );
    const fields = live.flatMap((annotation) => leaves(annotation)).sort();
    const kept = back.flatMap((annotation) => leaves(annotation)).sort();
    expect(kept).toEqual(fields);
    expect(fields.length).toBeGreaterThan(200);
  });

  it('adds nothing when imported next to the set it came from', async () => {
    const db = freshDb();
    await applyImport(db, original);
    const before = await db.annotations.count();
    const again = await importSharedFile(db, text);
    if (!again.ok) throw new Error(again.errors.join('\n'));
    expect(again.value.counts).toMatchObject({ new: 0, updated: 0, conflicts: 0, newDocuments: 0 });
    expect(again.value.counts.unchanged).toBe(
      original.annotations.filter((annotation) => !annotation.deleted).length,
    );
    expect(await db.annotations.count()).toBe(before);
    expect(await db.sets.count()).toBe(original.sets.length);
  });

  it('invents nothing for what another tool did not say', () => {
    const foreign = readFileSync(
      path.join(ROOT, 'tests/fixtures/sharing/w3c-model-examples/anno26.json'),
    );
    const read = readSharedFile(foreign);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const [annotation] = read.value.file.annotations;
    if (!annotation) throw new Error('nothing read');
    const reexported = JSON.parse(
      submissionToW3c([annotation], {
        key: annotation.documentKey,
        url: 'http://example.org/page1',
      }),
    ) as W3cAnnotationCollection;
    const [item] = reexported.first.items;
    const written = JSON.stringify(item);
    expect(item).not.toHaveProperty('created');
    expect(item).not.toHaveProperty('modified');
    expect(item).not.toHaveProperty('creator');
    expect(written).not.toContain('1970-01-01');
    expect(written).not.toContain('TextPositionSelector');
    expect(written).not.toContain('unknown');
    expect(written).not.toContain('redline:textVersion');
  });

  it('publishes the context it uses as the committed JSON-LD file', () => {
    const committed = readFileSync(
      path.join(ROOT, 'utils/formats/schemas/redline-context.jsonld'),
      'utf8',
    );
    expect(committed).toBe(renderRedlineContext());
    const collection = JSON.parse(text) as W3cAnnotationCollection;
    expect(collection['@context'][1]).toEqual(JSON.parse(committed)['@context']);
  });
});

describe('the W3C Web Annotation test suite, on Redline’s export', () => {
  const ajv = new Ajv04({ strict: false, allErrors: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  for (const name of readdirSync(path.join(SUITE, 'definitions'))) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(SUITE, 'definitions', name), 'utf8')));
  }
  const musts: string[] = JSON.parse(
    readFileSync(path.join(SUITE, 'annotations/annotationMusts.test'), 'utf8'),
  ).assertions;
  const collection = JSON.parse(exportW3c(setFile())) as W3cAnnotationCollection;

  it('passes all 54 MUST assertions for each annotation, Redline’s context included', () => {
    expect(musts).toHaveLength(54);
    const failures: string[] = [];
    for (const file of musts) {
      const assertion = JSON.parse(readFileSync(path.join(SUITE, file), 'utf8'));
      const validate = ajv.getSchema(assertion.id) ?? ajv.compile(assertion);
      for (const item of collection.first.items) {
        const annotation = { '@context': collection['@context'], ...item };
        if (!validate(annotation)) failures.push(`${file} on ${item.id}`);
      }
    }
    expect(failures).toEqual([]);
    expect(collection.first.items.length).toBeGreaterThan(10);
  }, 60_000);
});

describe('the fixture README', () => {
  it('gives the text version the code computes for the fixture text', async () => {
    const { fingerprintText } = await import('../../../../utils/anchoring/fingerprint.ts');
    const text = readFileSync(path.join(ROOT, 'tests/fixtures/formats/untoc-2000-en.txt'), 'utf8');
    const readme = readFileSync(path.join(ROOT, 'tests/fixtures/formats/README.md'), 'utf8');
    const version = fingerprintText(text);
    expect(readme).toContain(`\`${version}\``);
    expect(new Set(setFile().annotations.map((a) => a.target.documentVersion))).toEqual(
      new Set([version]),
    );
  });
});
