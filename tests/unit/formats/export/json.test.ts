import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { submissionToJson } from '../../../../utils/formats/export/json.ts';
import {
  JSON_SCHEMAS,
  type JsonSchemaFile,
  renderJsonSchema,
} from '../../../../utils/formats/export/json-schemas.ts';
import { Submission } from '../../../../utils/formats/submission.ts';
import { buildSubmission } from '../../../../utils/formats/submission-build.ts';
import { fixtureInput, SET_FILE } from './fixture.ts';
import { schemaErrors } from './json-schema-check.ts';

const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../../../utils/formats/schemas');
const committed = (file: JsonSchemaFile) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8');

const submission = buildSubmission(fixtureInput());
const json = JSON.parse(submissionToJson(submission));
const submissionSchema = JSON.parse(committed('submission.schema.json'));

describe('submissionToJson', () => {
  it('writes the submission as built, valid by the zod schema', () => {
    expect(json).toEqual(submission);
    expect(Submission.parse(json)).toEqual(submission);
  });

  it('refuses to write a submission its schema rejects', () => {
    expect(() => submissionToJson({ ...submission, date: '15 February 2024' })).toThrow();
  });

  it('is valid by the committed JSON Schema', () => {
    expect(schemaErrors(submissionSchema, json)).toEqual([]);
  });
});

describe('the committed JSON Schemas', () => {
  it.each(Object.keys(JSON_SCHEMAS) as JsonSchemaFile[])(
    '%s equals a fresh generation (run scripts/generate-json-schemas.ts)',
    (file) => {
      expect(committed(file)).toBe(renderJsonSchema(file));
    },
  );

  it('reject what the zod schema rejects', () => {
    const item = json.items[0];
    const broken = {
      ...json,
      items: [
        { ...item, stance: 'indifferent', surprise: true },
        { ...item, quote: 'x'.repeat(20_001) },
      ],
    };
    delete broken.organisation;
    expect(Submission.safeParse(broken).success).toBe(false);
    expect(schemaErrors(submissionSchema, broken)).toEqual([
      '$: missing organisation',
      '$.items[0].stance: must be one of support, oppose, amend, question',
      '$.items[0]: unexpected surprise',
      '$.items[1].quote: too long',
    ]);
  });

  it('accept the fixture set file as the redline-set schema', () => {
    const schema = JSON.parse(committed('redline-set.schema.json'));
    expect(schemaErrors(schema, JSON.parse(readFileSync(SET_FILE, 'utf8')))).toEqual([]);
  });
});
