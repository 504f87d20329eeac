/**
 * A small JSON Schema (2020-12) checker for the keywords `z.toJSONSchema` writes for our
 * formats; it throws on any other keyword, so a schema it cannot judge never passes quietly.
 * (With ajv as a declared dev dependency this file could go.)
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'format']);
const CHECKED = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'const',
  'enum',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
]);

export function schemaErrors(schema: Schema, value: unknown, at = '$'): string[] {
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !CHECKED.has(keyword))
      throw new Error(`unsupported keyword ${keyword} at ${at}`);
  }
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${at}: ${message}`);
  if ('const' in schema && value !== schema.const) fail(`must be ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    fail(`must be one of ${schema.enum.join(', ')}`);
  if (schema.type !== undefined && !hasType(value, schema.type as string)) {
    fail(`must be ${schema.type}`);
    return errors;
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) fail('too short');
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail('too long');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      fail('pattern');
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('below minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('above maximum');
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      fail('too few items');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      fail('too many items');
    if (schema.items) {
      value.forEach((item, index) => {
        errors.push(...schemaErrors(schema.items as Schema, item, `${at}[${index}]`));
      });
    }
  }
  if (isObject(value)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[])
      if (!(name in value)) fail(`missing ${name}`);
    for (const [name, member] of Object.entries(value)) {
      const property = properties[name];
      if (property) errors.push(...schemaErrors(property, member, `${at}.${name}`));
      else if (schema.additionalProperties === false) fail(`unexpected ${name}`);
    }
  }
  return errors;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}
