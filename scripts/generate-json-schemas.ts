/**
 * `node --import tsx scripts/generate-json-schemas.ts`: rewrites the committed JSON Schemas
 * from the zod schemas, and Redline's JSON-LD context for the W3C export. Run it after changing a format; the unit tests say when it is due.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  JSON_SCHEMAS,
  type JsonSchemaFile,
  renderJsonSchema,
} from '../utils/formats/export/json-schemas.ts';
import { renderRedlineContext } from '../utils/formats/export/redline-context.ts';

const SCHEMA_DIR = path.resolve(import.meta.dirname, '../utils/formats/schemas');

for (const file of Object.keys(JSON_SCHEMAS) as JsonSchemaFile[]) {
  const target = path.join(SCHEMA_DIR, file);
  await writeFile(target, renderJsonSchema(file));
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
const context = path.join(SCHEMA_DIR, 'redline-context.jsonld');
await writeFile(context, renderRedlineContext());
console.log(`wrote ${path.relative(process.cwd(), context)}`);
