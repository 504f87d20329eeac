import { z } from 'zod';
import { describePath } from './describe-issues.ts';
import { type ForeignAnnotation, parseAt } from './external-annotation.ts';
import { fail, type ParseResult, succeed } from './result.ts';

const ForeignList = z.array(z.unknown()).max(200_000);

/** One item read by a tool's reader: the annotation, if it quotes a passage, and its errors. */
export interface ConvertedItem {
  foreign?: ForeignAnnotation;
  errors: string[];
}

/**
 * Reads a tool's list of annotations item by item, so that every tool reports the same way:
 * all errors of all items at once, and each item quoting no passage as skipped with `unquoted`.
 */
export function readForeignItems<T extends z.ZodType>(
  items: unknown,
  path: PropertyKey[],
  root: unknown,
  schema: T,
  convert: (annotation: z.output<T>, itemPath: PropertyKey[], raw: unknown) => ConvertedItem,
  unquoted: string,
): ParseResult<{ foreign: ForeignAnnotation[]; skipped: string[] }> {
  const list = parseAt(ForeignList, items, path, root);
  if (!list.ok) return list;
  const errors: string[] = [];
  const foreign: ForeignAnnotation[] = [];
  const skipped: string[] = [];
  list.value.forEach((raw, index) => {
    const itemPath = [...path, index];
    const parsed = parseAt(schema, raw, itemPath, root);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      return;
    }
    const converted = convert(parsed.value, itemPath, raw);
    errors.push(...converted.errors);
    if (converted.foreign) foreign.push(converted.foreign);
    else if (converted.errors.length === 0)
      skipped.push(`${describePath(itemPath, root)}: ${unquoted}`);
  });
  return errors.length > 0 ? fail(...errors) : succeed({ foreign, skipped });
}
