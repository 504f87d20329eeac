import type { z } from 'zod';

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
 * an id is named by it too, `annotations[3] (id "abc"): comment`.
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
  if (head === '') return 'the file';
  return rest === '' ? head : `${head}: ${rest}`;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.message.replace(/^Invalid input: /, '');
}

/** One line per zod issue: where in the file, and what is wrong there. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], root: unknown): string[] {
  return issues.map((issue) => `${describePath(issue.path, root)}: ${issueMessage(issue)}`);
}
