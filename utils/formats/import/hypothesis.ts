import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import {
  buildForeignSetFile,
  type ForeignAnnotation,
  type ForeignImport,
  type ForeignReadOptions,
  ForeignSelectors,
  ForeignTimestamp,
  pickSelectors,
} from './external-annotation.ts';
import { type ConvertedItem, readForeignItems } from './foreign-items.ts';
import { type ParseResult, succeed } from './result.ts';

/** One annotation as Hypothesis's API and its client's JSON export write it. */
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
        source: z.string().max(LIMITS.url),
        selector: ForeignSelectors.optional(),
      }),
    )
    .max(20),
  document: z.looseObject({ title: z.array(z.string()).max(20).optional() }).optional(),
  user_info: z
    .looseObject({ display_name: z.string().max(LIMITS.shortText).nullable().optional() })
    .optional(),
});

export type HypothesisAnnotation = z.infer<typeof HypothesisAnnotation>;

/** `acct:alice@hypothes.is` is shown as `alice`. */
function userName(user: string): string {
  return user.replace(/^acct:/, '').replace(/@.*$/, '');
}

/** The client's export `{ export_userid, annotations }`, an API search `{ rows }`, or an array. */
function locate(root: unknown): { items: unknown; path: PropertyKey[]; exporter?: string } {
  if (Array.isArray(root)) return { items: root, path: [] };
  const object = root as Record<string, unknown>;
  const exporter = typeof object.export_userid === 'string' ? object.export_userid : undefined;
  if ('rows' in object) return { items: object.rows, path: ['rows'], exporter };
  return { items: object.annotations, path: ['annotations'], exporter };
}

function convert(
  annotation: HypothesisAnnotation,
  path: PropertyKey[],
  root: unknown,
): ConvertedItem {
  const errors: string[] = [];
  for (const [index, target] of annotation.target.entries()) {
    const picked = pickSelectors(
      target.selector ?? [],
      (selector) => [...path, 'target', index, 'selector', selector],
      root,
    );
    errors.push(...picked.errors);
    if (!picked.quote) continue;
    const foreign: ForeignAnnotation = {
      sourceId: annotation.id,
      source: target.source || annotation.uri,
      documentTitle: annotation.document?.title?.[0],
      quote: picked.quote,
      position: picked.position,
      comment: annotation.text,
      tags: annotation.tags,
      author: {
        id: annotation.user,
        name: annotation.user_info?.display_name || userName(annotation.user),
      },
      createdAt: annotation.created,
      updatedAt: annotation.updated,
    };
    return { foreign, errors };
  }
  return { errors };
}

/** Reads a Hypothesis export into one imported set; page notes and replies are skipped. */
export function readHypothesis(
  root: unknown,
  options: ForeignReadOptions = {},
): ParseResult<ForeignImport> {
  const { items, path, exporter } = locate(root);
  const read = readForeignItems(
    items,
    path,
    root,
    HypothesisAnnotation,
    (annotation, itemPath) => convert(annotation, itemPath, root),
    'a page note or reply, quoting no passage; not imported',
  );
  if (!read.ok) return read;
  const { foreign, skipped } = read.value;
  const users = [...new Set(foreign.map((a) => a.author.id))].sort();
  const owner = exporter ?? users.join(' ');
  const built = buildForeignSetFile(
    {
      tool: 'hypothesis',
      label: 'Hypothesis',
      ownerId: owner,
      ownerName: exporter ? userName(exporter) : users.map(userName).slice(0, 3).join(', '),
    },
    foreign,
    options,
  );
  return built.ok ? succeed({ file: built.value, skipped }) : built;
}
