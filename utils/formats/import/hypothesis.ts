import { z } from 'zod';
import type { Reply } from '../annotation.ts';
import { LIMITS } from '../limits.ts';
import {
  buildForeignSetFile,
  type ForeignAnnotation,
  type ForeignImport,
  type ForeignReadOptions,
  ForeignTimestamp,
  pickPassage,
  skippedAt,
} from './external-annotation.ts';
import { attachReplies, nothingToImport, type ReadItem, readItemList } from './foreign-items.ts';
import { type Problem, problem } from './problem.ts';
import { fail, type ParseResult, succeed } from './result.ts';

const Title = z.union([z.string(), z.array(z.string()).max(20)]);

/**
 * One annotation as Hypothesis's API (`GET /api/annotations/{id}`, the rows of
 * `/api/search`) and its client's JSON export write it. Limits are Redline's: an item over
 * them is skipped and named, the rest of the file is read.
 */
export const HypothesisAnnotation = z.looseObject({
  id: z.string().min(1).max(LIMITS.shortText),
  created: ForeignTimestamp,
  updated: ForeignTimestamp,
  user: z.string().min(1).max(LIMITS.shortText),
  uri: z.string().max(LIMITS.url),
  text: z.string().max(LIMITS.longText).default(''),
  tags: z.array(z.string().max(LIMITS.shortText)).max(LIMITS.tags).default([]),
  target: z
    .array(
      z.looseObject({
        source: z.string().max(LIMITS.url).optional(),
        selector: z.array(z.unknown()).max(20).optional(),
      }),
    )
    .max(20)
    .default([]),
  references: z.array(z.string().max(LIMITS.shortText)).max(1_000).optional(),
  permissions: z
    .looseObject({ read: z.array(z.string().max(LIMITS.shortText)).max(1_000).optional() })
    .optional(),
  document: z.looseObject({ title: Title.optional() }).optional(),
  user_info: z
    .looseObject({ display_name: z.string().max(LIMITS.shortText).nullable().optional() })
    .optional(),
});

export type HypothesisAnnotation = z.infer<typeof HypothesisAnnotation>;

/** `acct:alice@hypothes.is` is shown as `alice`. */
function userName(user: string): string {
  return user.replace(/^acct:/, '').replace(/@.*$/, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The client's export `{ export_userid, annotations }`, an API search `{ rows, total }`, an
 * array, or one annotation as `GET /api/annotations/{id}` returns it.
 */
function locate(root: unknown): ParseResult<{
  items: unknown;
  path: PropertyKey[];
  exporter?: string;
}> {
  if (Array.isArray(root)) return succeed({ items: root, path: [] });
  if (!isRecord(root)) return fail(problem('notHypothesis'));
  const exporter = typeof root.export_userid === 'string' ? root.export_userid : undefined;
  if ('rows' in root) return succeed({ items: root.rows, path: ['rows'], exporter });
  if ('annotations' in root) {
    return succeed({ items: root.annotations, path: ['annotations'], exporter });
  }
  return succeed({ items: [root], path: [] });
}

/** Readable by its author alone: `permissions.read` names only the user, no group. */
function isPrivate(annotation: HypothesisAnnotation): boolean {
  const readers = annotation.permissions?.read;
  return readers !== undefined && readers.length > 0 && readers.every((r) => r === annotation.user);
}

function authorOf(annotation: HypothesisAnnotation) {
  return {
    id: annotation.user,
    name: annotation.user_info?.display_name || userName(annotation.user),
  };
}

function titleOf(annotation: HypothesisAnnotation): string | undefined {
  const title = annotation.document?.title;
  return (Array.isArray(title) ? title[0] : title)?.trim() || undefined;
}

function convert(
  item: ReadItem<HypothesisAnnotation>,
  root: unknown,
): { foreign?: ForeignAnnotation; skipped?: Problem } {
  const annotation = item.value;
  const reasons: Problem[] = [];
  for (const [index, target] of annotation.target.entries()) {
    if (!target.selector?.length) continue;
    const picked = pickPassage(target.selector, [...item.path, 'target', index, 'selector'], root);
    if (!picked.ok) {
      reasons.push(picked.reason);
      continue;
    }
    const foreign: ForeignAnnotation = {
      sourceId: annotation.id,
      source: target.source || annotation.uri,
      documentTitle: titleOf(annotation),
      quote: picked.quote,
      ...(picked.position && { position: picked.position }),
      comment: annotation.text,
      tags: annotation.tags,
      author: authorOf(annotation),
      createdAt: annotation.created,
      updatedAt: annotation.updated,
      ...(isPrivate(annotation) && { private: true as const }),
    };
    return { foreign };
  }
  return {
    skipped: skippedAt(item.path, root, reasons.length > 0 ? reasons : [problem('pageNote')]),
  };
}

function toReply(annotation: HypothesisAnnotation): Reply {
  return {
    id: `hypothesis-reply-${annotation.id}`.slice(0, LIMITS.shortText),
    text: annotation.text,
    author: authorOf(annotation),
    createdAt: annotation.created,
    updatedAt: annotation.updated,
    ...(isPrivate(annotation) && { private: true as const }),
  };
}

/**
 * Reads a Hypothesis export into one imported set. Replies go under the comment that started
 * their thread; page notes, and replies whose thread is not in the file, are skipped and named.
 */
export function readHypothesis(
  root: unknown,
  options: ForeignReadOptions = {},
): ParseResult<ForeignImport> {
  const located = locate(root);
  if (!located.ok) return located;
  const { items, path, exporter } = located.value;
  const list = readItemList(items, path, root, HypothesisAnnotation, options.onProgress);
  if (!list.ok) return list;
  const skipped = [...list.value.skipped];
  const byId = new Map<string, ForeignAnnotation>();
  const replies: Array<ReadItem<HypothesisAnnotation>> = [];
  for (const item of list.value.read) {
    if (item.value.references?.length) {
      replies.push(item);
      continue;
    }
    const converted = convert(item, root);
    if (converted.foreign) byId.set(item.value.id, converted.foreign);
    if (converted.skipped) skipped.push(converted.skipped);
  }
  attachReplies(replies, (reply) => byId.get(reply.references?.[0] ?? ''), toReply, root, skipped);
  const foreign = [...byId.values()];
  if (foreign.length === 0) return nothingToImport(skipped);
  const users = [...new Set(foreign.map((a) => a.author?.id ?? ''))].sort();
  const owner = exporter ?? users.join(' ');
  const built = buildForeignSetFile(
    {
      tool: 'hypothesis',
      label: 'Hypothesis',
      ownerId: owner,
      ownerName: exporter
        ? userName(exporter)
        : [...new Set(foreign.map((a) => a.author?.name ?? ''))].slice(0, 3).join(', '),
    },
    foreign,
    options,
  );
  return built.ok ? succeed({ file: built.value, skipped }) : built;
}
