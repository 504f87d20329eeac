import { z } from 'zod';
import { Priority, type Proposal, Stance } from '../annotation.ts';
import { LIMITS } from '../limits.ts';
import { canonicalJson } from './canonical-json.ts';
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
import { fail, type ParseResult, succeed } from './result.ts';

/** W3C Web Annotation (JSON-LD), loose where the model is loose, strict on what Redline reads. */
const W3cTarget = z.union([
  z.string().max(LIMITS.url),
  z.looseObject({
    source: z.string().min(1).max(LIMITS.url),
    selector: z.union([ForeignSelectors.element, ForeignSelectors]).optional(),
  }),
]);

const W3cBody = z.union([
  z.string().max(LIMITS.url),
  z.looseObject({
    value: z.string().max(LIMITS.longText).optional(),
    purpose: z.union([z.string(), z.array(z.string()).max(20)]).optional(),
  }),
]);

const W3cAgent = z.union([
  z.string().min(1).max(LIMITS.shortText),
  z.looseObject({
    id: z.string().min(1).max(LIMITS.shortText).optional(),
    name: z.string().max(LIMITS.shortText).optional(),
    nickname: z.string().max(LIMITS.shortText).optional(),
  }),
]);

const isAnnotationType = (type: unknown) =>
  type === 'Annotation' || (Array.isArray(type) && type.includes('Annotation'));

export const W3cAnnotation = z.looseObject({
  id: z.string().min(1).max(LIMITS.url).optional(),
  type: z.unknown().refine(isAnnotationType, 'expected "Annotation"'),
  body: z.union([W3cBody, z.array(W3cBody).max(100)]).optional(),
  bodyValue: z.string().max(LIMITS.longText).optional(),
  target: z.union([W3cTarget, z.array(W3cTarget).min(1).max(20)]),
  creator: z.union([W3cAgent, z.array(W3cAgent).max(20)]).optional(),
  created: ForeignTimestamp.optional(),
  modified: ForeignTimestamp.optional(),
});

export type W3cAnnotation = z.infer<typeof W3cAnnotation>;

// An annotation without dates never beats a dated edit of the same passage.
const UNDATED = '1970-01-01T00:00:00.000Z';

function listOf<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function purposes(body: z.infer<typeof W3cBody>): string[] {
  return typeof body === 'string' ? [] : listOf(body.purpose);
}

type TextualBody = Exclude<z.infer<typeof W3cBody>, string>;

/** What a W3C annotation says, by body purpose (as Redline's own W3C export writes them). */
interface Said {
  comment: string;
  rationale: string;
  provision: string;
  tags: string[];
  proposal?: Proposal;
  stance?: Stance;
  priority?: Priority;
}

function valuesFor(bodies: TextualBody[], purpose: string | undefined): string[] {
  return bodies
    .filter((body) => (purpose ? purposes(body).includes(purpose) : purposes(body).length === 0))
    .map((body) => body.value ?? '')
    .filter((value) => value !== '');
}

function contentOf(annotation: W3cAnnotation): Said {
  const bodies = listOf(annotation.body).filter((body) => typeof body !== 'string');
  const comments = [
    ...(annotation.bodyValue ? [annotation.bodyValue] : []),
    ...valuesFor(bodies, undefined),
    ...valuesFor(bodies, 'commenting'),
  ];
  // An empty amended passage is a deletion: kept, unlike other empty bodies.
  const edit = bodies.find((body) => purposes(body).includes('editing'))?.value;
  const stance = Stance.safeParse(valuesFor(bodies, 'assessing')[0]);
  const priority = Priority.safeParse(
    valuesFor(bodies, 'classifying')[0]?.replace(/^priority:\s*/, ''),
  );
  return {
    comment: comments.join('\n\n').slice(0, LIMITS.longText),
    rationale: valuesFor(bodies, 'describing').join('\n\n').slice(0, LIMITS.longText),
    provision: (valuesFor(bodies, 'identifying')[0] ?? '').slice(0, LIMITS.shortText),
    tags: valuesFor(bodies, 'tagging')
      .map((tag) => tag.slice(0, LIMITS.shortText))
      .slice(0, LIMITS.tags),
    // The model carries the amended passage, not the kind of change: it replaces the quote.
    ...(edit !== undefined ? { proposal: { kind: 'replace', text: edit } } : {}),
    ...(stance.success ? { stance: stance.data } : {}),
    ...(priority.success ? { priority: priority.data } : {}),
  };
}

function authorOf(annotation: W3cAnnotation): { id: string; name: string } {
  const [creator] = listOf(annotation.creator);
  if (creator === undefined) return { id: 'unknown', name: '' };
  if (typeof creator === 'string') return { id: creator, name: '' };
  const id = creator.id ?? creator.nickname ?? creator.name ?? 'unknown';
  return { id: id === '' ? 'unknown' : id, name: creator.name ?? creator.nickname ?? '' };
}

interface Located {
  items: unknown;
  path: PropertyKey[];
  label?: string;
  id?: string;
  notes: string[];
}

/** Where the annotations are: a single one, an array, a page, or a collection's first page. */
function locate(root: unknown): ParseResult<Located> {
  if (Array.isArray(root)) return succeed({ items: root, path: [], notes: [] });
  const object = root as Record<string, unknown>;
  if (isAnnotationType(object.type)) return succeed({ items: [root], path: [], notes: [] });
  const label = typeof object.label === 'string' ? object.label : undefined;
  const id = typeof object.id === 'string' ? object.id : undefined;
  let page = object;
  let path: PropertyKey[] = [];
  if (object.type === 'AnnotationCollection') {
    if (typeof object.first !== 'object' || object.first === null) {
      return fail(
        'first: the collection’s annotations are not in the file (only a link to them); export them embedded',
      );
    }
    page = object.first as Record<string, unknown>;
    path = ['first'];
  }
  const notes =
    typeof page.next === 'string'
      ? [`next: later pages (${page.next.slice(0, 200)}) are not in the file and were not imported`]
      : [];
  return succeed({ items: page.items, path: [...path, 'items'], label, id, notes });
}

function convert(
  annotation: W3cAnnotation,
  raw: unknown,
  path: PropertyKey[],
  root: unknown,
): ConvertedItem {
  const targets = listOf(annotation.target);
  const errors: string[] = [];
  for (const [index, target] of targets.entries()) {
    if (typeof target === 'string') continue;
    const targetPath = Array.isArray(annotation.target)
      ? [...path, 'target', index, 'selector']
      : [...path, 'target', 'selector'];
    const picked = pickSelectors(
      listOf(target.selector),
      (selector) => (Array.isArray(target.selector) ? [...targetPath, selector] : targetPath),
      root,
    );
    errors.push(...picked.errors);
    if (!picked.quote) continue;
    const foreign: ForeignAnnotation = {
      sourceId: annotation.id ?? `content:${canonicalJson(raw)}`,
      source: target.source,
      quote: picked.quote,
      position: picked.position,
      ...contentOf(annotation),
      author: authorOf(annotation),
      createdAt: annotation.created ?? annotation.modified ?? UNDATED,
      updatedAt: annotation.modified ?? annotation.created ?? UNDATED,
    };
    return { foreign, errors };
  }
  return { errors };
}

/** Reads W3C Web Annotations into one imported set; annotations without a quote are skipped. */
export function readW3c(
  root: unknown,
  options: ForeignReadOptions = {},
): ParseResult<ForeignImport> {
  const located = locate(root);
  if (!located.ok) return located;
  const { items, path, notes } = located.value;
  const read = readForeignItems(
    items,
    path,
    root,
    W3cAnnotation,
    (annotation, itemPath, raw) => convert(annotation, raw, itemPath, root),
    'quotes no passage of text; not imported',
  );
  if (!read.ok) return read;
  const { foreign } = read.value;
  const skipped = [...notes, ...read.value.skipped];
  const creators = [...new Set(foreign.map((a) => a.author.id))].sort();
  const names = [...new Set(foreign.map((a) => a.author.name || a.author.id))].sort();
  const built = buildForeignSetFile(
    {
      tool: 'w3c',
      label: 'Web annotations',
      ownerId: located.value.id ?? creators.join(' '),
      ownerName: located.value.label ?? names.slice(0, 3).join(', '),
    },
    foreign,
    options,
  );
  return built.ok ? succeed({ file: built.value, skipped }) : built;
}
