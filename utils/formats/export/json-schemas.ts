import { z } from 'zod';
import { RedlineSetFile } from '../set-file.ts';
import { Submission } from '../submission.ts';

/**
 * The JSON Schemas committed under `utils/formats/schemas/`, generated from the zod schemas so
 * tools without zod can check files; a unit test fails when a committed one drifts.
 */
export const JSON_SCHEMAS = {
  'submission.schema.json': Submission,
  'redline-set.schema.json': RedlineSetFile.meta({
    title: 'Redline annotation set',
    description: 'One or several annotation sets shared between colleagues (*.redline.json).',
  }),
} as const;

export type JsonSchemaFile = keyof typeof JSON_SCHEMAS;

export function renderJsonSchema(file: JsonSchemaFile): string {
  const schema = z.toJSONSchema(JSON_SCHEMAS[file], { target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
