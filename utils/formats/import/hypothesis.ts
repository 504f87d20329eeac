import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { describePath } from './describe-issues.ts';
import {
  buildForeignSetFile,
  type ForeignAnnotation,
  type ForeignImport,
  type ForeignReadOptions,
  ForeignSelectors,
  ForeignTimestamp,
  parseAt,
  pickSelectors,
} from './external-annotation.ts';
import { fail, type ParseResult, succeed } from './result.ts';

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

const HypothesisList = z.array(z.unknown()).max(200_000);

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
): { foreign?: ForeignAnnotation; errors: string[] } {
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
  const list = parseAt(HypothesisList, items, path, root);
  if (!list.ok) return list;
  const errors: string[] = [];
  const foreign: ForeignAnnotation[] = [];
  const skipped: string[] = [];
  list.value.forEach((raw, index) => {
    const itemPath = [...path, index];
    const parsed = parseAt(HypothesisAnnotation, raw, itemPath, root);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      return;
    }
    const converted = convert(parsed.value, itemPath, root);
    errors.push(...converted.errors);
    if (converted.foreign) foreign.push(converted.foreign);
    else if (converted.errors.length === 0) {
      skipped.push(
        `${describePath(itemPath, root)}: a page note or reply, quoting no passage; not imported`,
      );
    }
  });
  if (errors.length > 0) return fail(...errors);
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
