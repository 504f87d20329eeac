import { z } from 'zod';
import type { Reply } from '../annotation.ts';
import { describeIssues, describePath } from './describe-issues.ts';
import { type ForeignAnnotation, parseAt, skippedAt } from './external-annotation.ts';
import { notImported, type Problem, problem } from './problem.ts';
import { fail, type OnReadProgress, type ParseResult, succeed } from './result.ts';

const ForeignList = z.array(z.unknown()).max(200_000);
/** Items checked between two progress reports. */
const CHECK_REPORT_EVERY = 500;

export interface ReadItem<T> {
  value: T;
  path: PropertyKey[];
}

/**
 * A tool's list of annotations, item by item: the list itself must be there (else the file is
 * refused whole), while an item that breaks the format or Redline's limits is skipped and named
 * with every reason, and the others are read.
 */
export function readItemList<T extends z.ZodType>(
  items: unknown,
  path: PropertyKey[],
  root: unknown,
  schema: T,
  onProgress?: OnReadProgress,
): ParseResult<{ read: Array<ReadItem<z.output<T>>>; skipped: Problem[] }> {
  const list = parseAt(ForeignList, items, path, root);
  if (!list.ok) return list;
  const read: Array<ReadItem<z.output<T>>> = [];
  const skipped: Problem[] = [];
  const total = list.value.length;
  list.value.forEach((raw, index) => {
    if (index % CHECK_REPORT_EVERY === 0) onProgress?.({ phase: 'checking', done: index, total });
    const itemPath = [...path, index];
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      read.push({ value: parsed.data, path: itemPath });
      return;
    }
    // Reasons are named inside the item, its place once in front.
    skipped.push(
      notImported(describePath(itemPath, root), describeIssues(parsed.error.issues, raw)),
    );
  });
  onProgress?.({ phase: 'checking', done: total, total });
  return succeed({ read, skipped });
}

/** A file whose every item was skipped imports nothing: refused, with every item's reason. */
export function nothingToImport<T>(skipped: readonly Problem[]): ParseResult<T> {
  return fail(problem('nothingToImport'), ...skipped);
}

/**
 * Puts each reply under the comment it answers; a reply whose comment is not in this file is
 * skipped and named. A new reply is a change to the thread: it must win over the version
 * imported before.
 */
export function attachReplies<T>(
  replies: ReadonlyArray<ReadItem<T>>,
  threadOf: (reply: T) => ForeignAnnotation | undefined,
  toReply: (reply: T) => Reply,
  root: unknown,
  skipped: Problem[],
): void {
  for (const item of replies) {
    const thread = threadOf(item.value);
    if (!thread) {
      skipped.push(skippedAt(item.path, root, [problem('replyWithoutThread')]));
      continue;
    }
    const reply = toReply(item.value);
    thread.replies = [...(thread.replies ?? []), reply];
    const repliedAt = reply.updatedAt ?? reply.createdAt;
    if (repliedAt && (thread.updatedAt ?? '') < repliedAt) thread.updatedAt = repliedAt;
  }
}
