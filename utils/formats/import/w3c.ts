import { z } from 'zod';
import { Author, Priority, Proposal, type Reply, Stance } from '../annotation.ts';
import { AnnotationSetInfo } from '../annotation-set.ts';
import { LIMITS } from '../limits.ts';
import { SetFileDocument } from '../set-file.ts';
import { canonicalJson } from './canonical-json.ts';
import {
  buildForeignSetFile,
  CarriedFrom,
  type ForeignAnnotation,
  type ForeignImport,
  type ForeignReadOptions,
  ForeignTimestamp,
  keepLinks,
  type NativeFields,
  type NativeSets,
  parseAt,
  pickPassage,
  skippedAt,
  structuralSelectorSchema,
} from './external-annotation.ts';
import { attachReplies, nothingToImport, type ReadItem, readItemList } from './foreign-items.ts';
import { type Problem, problem, refinement } from './problem.ts';
import { fail, type ParseResult, succeed } from './result.ts';

const isAnnotationType = (type: unknown) =>
  type === 'Annotation' ||
  type === 'oa:Annotation' ||
  (Array.isArray(type) && (type.includes('Annotation') || type.includes('oa:Annotation')));

const Text = z.string().max(LIMITS.longText);

/**
 * W3C Web Annotation (JSON-LD): loose where the model is loose (bodies and targets are read
 * by hand below, every shape the model allows), strict on what Redline stores.
 */
export const W3cAnnotation = z.looseObject({
  id: z.string().min(1).max(LIMITS.url).optional(),
  type: z.unknown().refine(isAnnotationType, refinement('expectedAnnotation')),
  motivation: z.union([z.string().max(100), z.array(z.string().max(100)).max(20)]).optional(),
  body: z.unknown().optional(),
  bodyValue: Text.optional(),
  target: z.unknown().refine((target) => target !== undefined, refinement('needsTarget')),
  creator: z.unknown().optional(),
  created: ForeignTimestamp.optional(),
  modified: ForeignTimestamp.optional(),
  'redline:id': z.string().min(1).max(LIMITS.shortText).optional(),
  'redline:set': z.string().min(1).max(LIMITS.shortText).optional(),
  'redline:document': z.string().min(1).max(LIMITS.url).optional(),
  'redline:author': Author.optional(),
  'redline:proposal': Proposal.optional(),
  'redline:carriedFrom': CarriedFrom.optional(),
  'redline:private': z.literal(true).optional(),
});

export type W3cAnnotation = z.infer<typeof W3cAnnotation>;

const NativeTarget = z.looseObject({
  'redline:textVersion': z.string().max(LIMITS.shortText).optional(),
  'redline:structure': structuralSelectorSchema.optional(),
});

const NativeCollection = z.looseObject({
  'redline:sets': z
    .array(AnnotationSetInfo.omit({ visible: true, origin: true }))
    .max(1_000)
    .optional(),
  'redline:documents': z.array(SetFileDocument).max(10_000).optional(),
});

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A body read as Redline keeps it: a text with its purposes, or a link. */
type ReadBody = { text: string; purposes: string[] } | { link: string };

function purposesOf(body: Record<string, unknown>, inherited: string[]): string[] {
  const own = listOf(body.purpose).filter((p): p is string => typeof p === 'string');
  return own.length > 0 ? own : inherited;
}

function languagesOf(body: unknown): string[] {
  if (!isRecord(body)) return [];
  const source = isRecord(body.source) ? body.source : undefined;
  return [...listOf(body.language), ...listOf(source?.language)].filter(
    (l): l is string => typeof l === 'string',
  );
}

/** The item of a Choice the reader wants: the first in a preferred language, else the first. */
function choose(items: unknown[], languages: readonly string[]): unknown {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    const match = items.find((item) =>
      languagesOf(item).some((l) => l.toLowerCase().split('-')[0] === base),
    );
    if (match !== undefined) return match;
  }
  return items[0];
}

/**
 * Every body as text or link: strings and external resources are links; TextualBody (typed or
 * recognised by `value`) is text; a Choice gives the item in the reader's language; a
 * SpecificResource gives its source, as text if embedded, else as a link.
 */
function readBodies(
  bodies: unknown[],
  languages: readonly string[],
  inherited: string[] = [],
  depth = 0,
): ReadBody[] {
  if (depth > 4) return [];
  return bodies.flatMap((body): ReadBody[] => {
    if (typeof body === 'string') return [{ link: body }];
    if (!isRecord(body)) return [];
    const purposes = purposesOf(body, inherited);
    if (body.type === 'Choice') {
      return readBodies([choose(listOf(body.items), languages)], languages, purposes, depth + 1);
    }
    if (body.type === 'SpecificResource' || 'source' in body) {
      return readBodies(listOf(body.source), languages, purposes, depth + 1);
    }
    const value = text(body.value) ?? text(body.chars);
    if (value !== undefined) return [{ text: value, purposes }];
    const id = text(body.id);
    return id ? [{ link: id }] : [];
  });
}

/** What a W3C annotation says, by body purpose (as Redline's own W3C export writes them). */
function contentOf(annotation: W3cAnnotation, languages: readonly string[]) {
  const bodies = readBodies(listOf(annotation.body), languages);
  const texts = bodies.filter((body) => 'text' in body);
  const valuesFor = (purpose: string | undefined) =>
    texts
      .filter((body) => (purpose ? body.purposes.includes(purpose) : body.purposes.length === 0))
      .map((body) => body.text)
      .filter((value) => value !== '');
  const comments = [
    ...(annotation.bodyValue ? [annotation.bodyValue] : []),
    ...valuesFor(undefined),
    ...valuesFor('commenting'),
    ...valuesFor('replying'),
    ...valuesFor('questioning'),
  ];
  // An empty amended passage is a deletion: kept, unlike other empty bodies.
  const edit = texts.find((body) => body.purposes.includes('editing'))?.text;
  const stance = Stance.safeParse(valuesFor('assessing')[0]);
  const priority = Priority.safeParse(valuesFor('classifying')[0]?.replace(/^priority:\s*/, ''));
  const native = annotation['redline:proposal'];
  const proposal: Proposal | undefined =
    native ??
    (edit !== undefined ? { kind: 'replace', text: edit.slice(0, LIMITS.longText) } : undefined);
  const rationale = valuesFor('describing').join('\n\n');
  return {
    comment: comments.join('\n\n').slice(0, LIMITS.longText),
    rationale: rationale.slice(0, LIMITS.longText),
    provision: (valuesFor('identifying')[0] ?? '').slice(0, LIMITS.shortText),
    tags: valuesFor('tagging')
      .map((tag) => tag.slice(0, LIMITS.shortText))
      .slice(0, LIMITS.tags),
    links: keepLinks(bodies.flatMap((body) => ('link' in body ? [body.link] : []))),
    ...(proposal && { proposal }),
    ...(stance.success && { stance: stance.data }),
    ...(priority.success && { priority: priority.data }),
  };
}

/** Who wrote it, as the file says; Redline's own export says it exactly. */
function authorOf(annotation: W3cAnnotation): Author | undefined {
  if (annotation['redline:author']) return annotation['redline:author'];
  const creator = listOf(annotation.creator)[0];
  if (typeof creator === 'string' && creator !== '') {
    return { id: creator.slice(0, LIMITS.shortText), name: '' };
  }
  if (!isRecord(creator)) return undefined;
  const name = text(creator.name) ?? text(creator.nickname) ?? '';
  const id = text(creator.id) ?? text(creator.nickname) ?? text(creator.name);
  return id
    ? { id: id.slice(0, LIMITS.shortText), name: name.slice(0, LIMITS.shortText) }
    : undefined;
}

interface Located {
  items: unknown;
  path: PropertyKey[];
  label?: string;
  id?: string;
  notes: Problem[];
  native: NativeSets;
}

/** Where the annotations are: a single one, an array, a page, or a collection's first page. */
function locate(root: unknown): ParseResult<Located> {
  const none: NativeSets = { sets: [], documents: [] };
  if (Array.isArray(root)) return succeed({ items: root, path: [], notes: [], native: none });
  if (!isRecord(root)) return fail(problem('notW3c'));
  if (isAnnotationType(root.type)) {
    return succeed({ items: [root], path: [], notes: [], native: none });
  }
  const described = parseAt(NativeCollection, root, [], root);
  if (!described.ok) return described;
  const native = {
    sets: described.value['redline:sets'] ?? [],
    documents: described.value['redline:documents'] ?? [],
  };
  const label = text(root.label);
  const id = text(root.id);
  let page = root;
  let path: PropertyKey[] = [];
  if (root.type === 'AnnotationCollection') {
    if (!isRecord(root.first)) {
      return fail(problem('collectionNotEmbedded', undefined, 'first'));
    }
    page = root.first;
    path = ['first'];
  }
  const next = text(page.next);
  const notes = next ? [problem('laterPagesMissing', { link: next.slice(0, 200) }, 'next')] : [];
  return succeed({ items: page.items, path: [...path, 'items'], label, id, notes, native });
}

/** The targets an annotation names, Composite, List and Independents opened up. */
function targetsOf(
  target: unknown,
  path: PropertyKey[],
): Array<{ target: unknown; path: PropertyKey[] }> {
  const list = Array.isArray(target)
    ? target.map((item, index) => ({ target: item, path: [...path, index] }))
    : [{ target, path }];
  return list.flatMap((entry) => {
    const value = entry.target;
    if (isRecord(value) && ['Composite', 'List', 'Independents'].includes(value.type as string)) {
      return listOf(value.items)
        .slice(0, 20)
        .map((item, index) => ({ target: item, path: [...entry.path, 'items', index] }));
    }
    return [entry];
  });
}

function nativeOf(
  annotation: W3cAnnotation,
  target: Record<string, unknown>,
): NativeFields | undefined {
  const id = annotation['redline:id'];
  const setId = annotation['redline:set'];
  const documentKey = annotation['redline:document'];
  if (!id || !setId || !documentKey) return undefined;
  const described = NativeTarget.safeParse(target);
  const extra = described.success ? described.data : {};
  return {
    id,
    setId,
    documentKey,
    documentVersion: extra['redline:textVersion'] ?? '',
    ...(extra['redline:structure'] && { structure: extra['redline:structure'] }),
    ...(annotation['redline:carriedFrom'] && { carriedFrom: annotation['redline:carriedFrom'] }),
  };
}

function convert(
  item: ReadItem<W3cAnnotation>,
  root: unknown,
  languages: readonly string[],
): { foreign: ForeignAnnotation[]; skipped: Problem[] } {
  const annotation = item.value;
  const foreign: ForeignAnnotation[] = [];
  const skipped: Problem[] = [];
  const targets = targetsOf(annotation.target, [...item.path, 'target']);
  const content = contentOf(annotation, languages);
  const author = authorOf(annotation);
  const baseId = annotation.id ?? `content:${canonicalJson(annotation)}`;
  for (const [index, { target, path }] of targets.entries()) {
    const skip = (reason: Problem) => skipped.push(skippedAt(path, root, [reason]));
    if (typeof target === 'string') {
      skip(problem('wholeResource'));
      continue;
    }
    if (!isRecord(target)) {
      skip(problem('targetNotAllowed'));
      continue;
    }
    const source =
      text(target.source) ?? text(isRecord(target.source) ? target.source.id : undefined);
    if (!source) {
      skip(problem('wholeResource'));
      continue;
    }
    const picked = pickPassage(target.selector, [...path, 'selector'], root);
    if (!picked.ok) {
      skip(picked.reason);
      continue;
    }
    const native = index === 0 ? nativeOf(annotation, target) : undefined;
    foreign.push({
      // Each passage of an annotation with several targets is a comment of its own.
      sourceId: index === 0 ? baseId : `${baseId}#target-${index}`,
      source: source.slice(0, LIMITS.url),
      quote: picked.quote,
      ...(picked.position && { position: picked.position }),
      ...content,
      ...(author && { author }),
      ...((annotation.created ?? annotation.modified) && {
        createdAt: annotation.created ?? annotation.modified,
      }),
      ...((annotation.modified ?? annotation.created) && {
        updatedAt: annotation.modified ?? annotation.created,
      }),
      ...(annotation['redline:private'] && { private: true as const }),
      ...(native && { native }),
    });
  }
  return { foreign, skipped };
}

function isReply(annotation: W3cAnnotation): boolean {
  return (
    listOf(annotation.motivation).includes('replying') && typeof annotation.target === 'string'
  );
}

function toReply(annotation: W3cAnnotation, languages: readonly string[]): Reply {
  const author = authorOf(annotation);
  return {
    id: (annotation['redline:id'] ?? annotation.id ?? `content:${canonicalJson(annotation)}`).slice(
      0,
      LIMITS.shortText,
    ),
    text: contentOf(annotation, languages).comment,
    ...(author && { author }),
    ...(annotation.created && { createdAt: annotation.created }),
    ...(annotation.modified && { updatedAt: annotation.modified }),
    ...(annotation['redline:private'] && { private: true as const }),
  };
}

/**
 * Reads W3C Web Annotations: passages quoted by any selector chain become comments, replies go
 * under the comment they answer, and every target without text to quote is named and skipped.
 * Redline's own export comes back with its ids, sets and documents.
 */
export function readW3c(
  root: unknown,
  options: ForeignReadOptions = {},
): ParseResult<ForeignImport> {
  const located = locate(root);
  if (!located.ok) return located;
  const { items, path, notes, native } = located.value;
  const list = readItemList(items, path, root, W3cAnnotation, options.onProgress);
  if (!list.ok) return list;
  const languages = [...(options.languages ?? []), 'en'];
  const skipped = [...notes, ...list.value.skipped];
  const foreign: ForeignAnnotation[] = [];
  const byW3cId = new Map<string, ForeignAnnotation>();
  const replies: Array<ReadItem<W3cAnnotation>> = [];
  for (const item of list.value.read) {
    if (isReply(item.value)) {
      replies.push(item);
      continue;
    }
    const converted = convert(item, root, languages);
    foreign.push(...converted.foreign);
    skipped.push(...converted.skipped);
    const [first] = converted.foreign;
    if (first && item.value.id) byW3cId.set(item.value.id, first);
  }
  attachReplies(
    replies,
    (reply) => byW3cId.get(reply.target as string),
    (reply) => toReply(reply, languages),
    root,
    skipped,
  );
  if (foreign.length === 0) return nothingToImport(skipped);
  const creators = [...new Set(foreign.map((a) => a.author?.id ?? ''))].sort();
  const names = [...new Set(foreign.map((a) => a.author?.name || a.author?.id || ''))]
    .filter(Boolean)
    .sort();
  const built = buildForeignSetFile(
    {
      tool: 'w3c',
      label: located.value.label?.slice(0, 200) ?? 'Web annotations',
      ownerId: located.value.id ?? creators.join(' '),
      ownerName: names.slice(0, 3).join(', '),
    },
    foreign,
    options,
    native,
  );
  return built.ok ? succeed({ file: built.value, skipped }) : built;
}
