import type { z } from 'zod';
import { PROBLEM_CODES, type Problem, type ProblemCode, problem } from './problem.ts';

type PathSegment = PropertyKey;

function segmentText(path: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  const name = String(segment);
  return path === '' ? name : `${path}.${name}`;
}

function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || !('id' in value)) return undefined;
  const id = (value as { id: unknown }).id;
  if (typeof id !== 'string') return undefined;
  return JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);
}

function childOf(value: unknown, segment: PathSegment): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return Object.hasOwn(value, segment)
    ? (value as Record<PropertyKey, unknown>)[segment]
    : undefined;
}

/**
 * Names the place of an issue so a person can find it in the file: the first array item that has
 * an id is named by it too, `annotations[3] (id "abc"): comment`; empty for the file as a whole.
 */
export function describePath(path: readonly PathSegment[], root: unknown): string {
  let head = '';
  let rest = '';
  let value = root;
  let named = false;
  for (const segment of path) {
    value = childOf(value, segment);
    if (named) {
      rest = segmentText(rest, segment);
      continue;
    }
    head = segmentText(head, segment);
    const id = typeof segment === 'number' ? idOf(value) : undefined;
    if (id) {
      head = `${head} (id ${id})`;
      named = true;
    }
  }
  if (head === '') return '';
  return rest === '' ? head : `${head}: ${rest}`;
}

const isProblemCode = (value: unknown): value is ProblemCode =>
  (PROBLEM_CODES as readonly unknown[]).includes(value);

const listed = (values: readonly unknown[]): string =>
  values
    .map((value) => (typeof value === 'string' ? JSON.stringify(value) : String(value)))
    .join(', ');

/** A zod issue as a problem of its own code, with the values its sentence needs. */
function valueAt(path: readonly PathSegment[], root: unknown): unknown {
  return path.reduce<unknown>((value, segment) => childOf(value, segment), root);
}

/** What stands where a value of another type was expected, named as zod names types. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function issueProblem(issue: z.core.$ZodIssue, place: string, root: unknown): Problem {
  switch (issue.code) {
    case 'invalid_type':
      return problem(
        'zod.invalid_type',
        { expected: issue.expected, received: kindOf(valueAt(issue.path, root)) },
        place,
      );
    case 'too_big':
      return problem(
        'zod.too_big',
        { origin: issue.origin, maximum: Number(issue.maximum) },
        place,
      );
    case 'too_small':
      return problem(
        'zod.too_small',
        { origin: issue.origin, minimum: Number(issue.minimum) },
        place,
      );
    case 'invalid_format':
      return problem(
        'zod.invalid_format',
        issue.format === 'regex' && 'pattern' in issue
          ? { format: issue.format, pattern: String(issue.pattern) }
          : { format: issue.format },
        place,
      );
    case 'not_multiple_of':
      return problem('zod.not_multiple_of', { divisor: Number(issue.divisor) }, place);
    case 'unrecognized_keys':
      return problem('zod.unrecognized_keys', { keys: listed(issue.keys) }, place);
    case 'invalid_value':
      return problem('zod.invalid_value', { values: listed(issue.values) }, place);
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return problem(`zod.${issue.code}`, undefined, place);
    case 'custom': {
      const code = issue.params?.problem;
      return problem(isProblemCode(code) ? code : 'zod.custom', undefined, place);
    }
  }
}

/** One problem per zod issue: where in the file, and what is wrong there. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], root: unknown): Problem[] {
  return issues.map((issue) => issueProblem(issue, describePath(issue.path, root), root));
}
