import { z } from 'zod';
import { structuralSelectorSchema } from '../../anchoring/selectors.ts';
import {
  type Annotation,
  type Author,
  CarriedFrom,
  Link,
  type Priority,
  type Proposal,
  type Reply,
  type Stance,
} from '../annotation.ts';
import { documentKeyForUrl } from '../document-key-for-url.ts';
import { LAYER_PALETTE } from '../layers.ts';
import { LIMITS } from '../limits.ts';
import type { SetFileSet } from '../merge.ts';
import {
  RedlineSetFile,
  SET_FILE_FORMAT,
  SET_FILE_VERSION,
  type SetFileDocument,
} from '../set-file.ts';
import { describeIssues, describePath } from './describe-issues.ts';
import { notImported, type Problem, problem, refinement } from './problem.ts';
import { fail, type OnReadProgress, type ParseResult, succeed } from './result.ts';
import { stableHash } from './stable-id.ts';

/** Other tools write offsets and fractions of seconds; Redline stores plain UTC instants. */
export const ForeignTimestamp = z
  .string()
  .max(64)
  .refine((text) => !Number.isNaN(Date.parse(text)), refinement('expectedDateTime'))
  .transform((text) => new Date(text).toISOString());

export const ForeignQuote = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(LIMITS.quote),
  prefix: z.string().max(LIMITS.longText).optional(),
  suffix: z.string().max(LIMITS.longText).optional(),
});

export const ForeignPosition = z
  .looseObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((position) => position.end >= position.start, refinement('endBeforeStart'));

export type Path = readonly PropertyKey[];

/** Parses one piece of a larger file, naming issues by their place in that file. */
export function parseAt<T extends z.ZodType>(
  schema: T,
  value: unknown,
  path: Path,
  root: unknown,
): ParseResult<z.output<T>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return succeed(parsed.data);
  const issues = parsed.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
  return fail(...describeIssues(issues, root));
}

const SELECTOR_DEPTH = 8;

/** What a target's selectors give Redline: a quote, maybe a position, or why there is none. */
export type PickedPassage =
  | {
      ok: true;
      quote: z.infer<typeof ForeignQuote>;
      position?: z.infer<typeof ForeignPosition>;
    }
  | { ok: false; reason: Problem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The passage a target's selectors name. A TextQuoteSelector anywhere in a `refinedBy` chain
 * gives the quote; a TextPositionSelector counts only at the top, where its offsets are into the
 * whole document (under a refinement they are into a fragment). Kinds that point without
 * quoting (XPath, CSS, Fragment, Range, SVG, data positions) are named in the reason.
 */
export function pickPassage(selectors: unknown, path: Path, root: unknown): PickedPassage {
  const kinds = new Set<string>();
  let quote: PickedPassage | undefined;
  let position: z.infer<typeof ForeignPosition> | undefined;
  let byReference = false;
  const visit = (selector: unknown, at: Path, depth: number) => {
    if (typeof selector === 'string') {
      byReference = true;
      return;
    }
    if (!isRecord(selector) || depth > SELECTOR_DEPTH) return;
    const type = typeof selector.type === 'string' ? selector.type : 'an untyped selector';
    if (type === 'TextQuoteSelector' && !quote) {
      const parsed = ForeignQuote.safeParse(selector);
      quote = parsed.success
        ? { ok: true, quote: parsed.data }
        : {
            ok: false,
            reason: {
              code: 'quoteSelectorWrong',
              because: describeIssues(parsed.error.issues, selector),
            },
          };
    } else if (type === 'TextPositionSelector' && depth === 0 && !position) {
      const parsed = parseAt(ForeignPosition, selector, at, root);
      if (parsed.ok) position = parsed.value;
    } else if (type !== 'TextQuoteSelector' && type !== 'TextPositionSelector') {
      kinds.add(type);
    }
    const refinements = listOf(selector.refinedBy);
    for (const [index, refinement] of refinements.entries()) {
      const place = Array.isArray(selector.refinedBy) ? ['refinedBy', index] : ['refinedBy'];
      visit(refinement, [...at, ...place], depth + 1);
    }
  };
  const list = listOf(selectors).slice(0, 20);
  for (const [index, selector] of list.entries()) {
    visit(selector, Array.isArray(selectors) ? [...path, index] : path, 0);
  }
  const found = quote as PickedPassage | undefined;
  if (found?.ok) return position ? { ...found, position } : found;
  if (found) return found;
  if (list.length === 0) return { ok: false, reason: problem('wholeResource') };
  if (byReference && kinds.size === 0) {
    return { ok: false, reason: problem('selectorByReference') };
  }
  const named = [...kinds, ...(position ? ['TextPositionSelector'] : [])].join(', ');
  return { ok: false, reason: problem('noQuotedText', { selectors: named }) };
}

/** What Redline's own W3C export says about an annotation: kept as it was. */
export interface NativeFields {
  id: string;
  setId: string;
  documentKey: string;
  documentVersion: string;
  structure?: z.infer<typeof structuralSelectorSchema>;
  carriedFrom?: CarriedFrom;
}

/** A passage another tool annotated, before it becomes a Redline annotation. */
export interface ForeignAnnotation {
  /** The other tool's id: the Redline id derives from it, so a second import matches the first. */
  sourceId: string;
  source: string;
  documentTitle?: string;
  quote: z.infer<typeof ForeignQuote>;
  position?: z.infer<typeof ForeignPosition>;
  comment: string;
  tags: string[];
  /** What only some tools say; Redline's own W3C export says all of it. */
  rationale?: string;
  provision?: string;
  proposal?: Proposal;
  stance?: Stance;
  priority?: Priority;
  /** Absent when the file does not say: never "unknown". */
  author?: Author;
  createdAt?: string;
  updatedAt?: string;
  links?: string[];
  private?: true;
  replies?: Reply[];
  native?: NativeFields;
}

/** What a reader of another tool's file gives: the set, and each item it skipped and why. */
export interface ForeignImport {
  file: RedlineSetFile;
  /** Where and why, one per item (or target) not imported. */
  skipped: Problem[];
}

/** Who the imported layer belongs to; the set id derives from `ownerId`. */
export interface ForeignOrigin {
  tool: 'w3c' | 'hypothesis' | 'pdf';
  label: string;
  ownerId: string;
  ownerName: string;
}

export interface ForeignReadOptions {
  /** Maps the annotated URL to Redline's document key (symbol + language once recognised). */
  documentKeyFor?: (url: string, title?: string) => string;
  /** Which item of a W3C Choice body to read, best first; English when absent. */
  languages?: readonly string[];
  /** Told as the file's annotations are checked, one by one. */
  onProgress?: OnReadProgress;
}

/** Links are kept only when they are links (http, https, urn, doi, mailto) Redline shows as text. */
export function keepLinks(values: readonly string[]): string[] {
  const links = values.filter((value) => Link.safeParse(value).success);
  return [...new Set(links)].slice(0, LIMITS.links);
}

function toAnnotation(foreign: ForeignAnnotation, setId: string, tool: string, key: string) {
  const native = foreign.native;
  const position = foreign.position && {
    type: 'TextPositionSelector' as const,
    start: foreign.position.start,
    end: foreign.position.end,
  };
  const annotation: Annotation = {
    id: native?.id ?? `${tool}-${stableHash(foreign.sourceId)}`,
    setId: native?.setId ?? setId,
    documentKey: native?.documentKey ?? key,
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: foreign.quote.exact,
        prefix: (foreign.quote.prefix ?? '').slice(-LIMITS.shortText),
        suffix: (foreign.quote.suffix ?? '').slice(0, LIMITS.shortText),
      },
      ...(position && { position }),
      ...(native?.structure && { structure: native.structure }),
      documentVersion: native?.documentVersion ?? '',
    },
    // Empty until the passage is anchored on the document's outline, unless the file says it.
    provision: foreign.provision ?? '',
    comment: foreign.comment,
    ...(foreign.proposal && { proposal: foreign.proposal }),
    rationale: foreign.rationale ?? '',
    tags: foreign.tags,
    ...(foreign.stance && { stance: foreign.stance }),
    ...(foreign.priority && { priority: foreign.priority }),
    ...(foreign.author && { author: foreign.author }),
    ...(foreign.createdAt && { createdAt: foreign.createdAt }),
    ...(foreign.updatedAt && { updatedAt: foreign.updatedAt }),
    ...(foreign.private && { private: true as const }),
    ...(foreign.links?.length && { links: foreign.links }),
    ...(foreign.replies?.length && { replies: foreign.replies }),
    ...(native?.carriedFrom && { carriedFrom: native.carriedFrom }),
  };
  return annotation;
}

function documentsOf(
  annotations: ForeignAnnotation[],
  keyFor: (url: string, title?: string) => string,
  known: ReadonlyMap<string, SetFileDocument>,
): SetFileDocument[] {
  const byKey = new Map(known);
  for (const foreign of annotations) {
    const key = foreign.native?.documentKey ?? keyFor(foreign.source, foreign.documentTitle);
    if (byKey.has(key)) continue;
    const title = foreign.documentTitle?.slice(0, LIMITS.shortText);
    byKey.set(key, {
      key,
      url: foreign.source.slice(0, LIMITS.url),
      ...(title && { title }),
      versions: [],
    });
  }
  return [...byKey.values()];
}

function foreignSet(origin: ForeignOrigin, annotations: readonly Annotation[]): SetFileSet {
  const id = `${origin.tool}-${stableHash(origin.ownerId)}`;
  // Dated by the annotations, never by the clock, so the same file always gives the same set.
  const created = annotations.flatMap((a) => (a.createdAt ? [a.createdAt] : [])).sort();
  const updated = annotations.flatMap((a) => (a.updatedAt ? [a.updatedAt] : [])).sort();
  const owner = origin.ownerName.slice(0, LIMITS.shortText);
  return {
    id,
    name: origin.label,
    colour: LAYER_PALETTE[
      Number.parseInt(stableHash(id).slice(-4), 16) % LAYER_PALETTE.length
    ] as string,
    ...(owner && { owner: { author: owner } }),
    ...(created[0] && { createdAt: created[0] }),
    ...(updated.at(-1) && { updatedAt: updated.at(-1) }),
  };
}

export interface NativeSets {
  sets: SetFileSet[];
  documents: SetFileDocument[];
}

/**
 * One set file from the passages another tool annotated: Redline's own annotations (from its
 * W3C export) keep their sets and documents; the others form one imported layer.
 */
export function buildForeignSetFile(
  origin: ForeignOrigin,
  annotations: ForeignAnnotation[],
  options: ForeignReadOptions,
  native: NativeSets = { sets: [], documents: [] },
): ParseResult<RedlineSetFile> {
  const keyFor = options.documentKeyFor ?? ((url: string) => documentKeyForUrl(url));
  const converted = annotations.map((foreign) =>
    toAnnotation(foreign, '', origin.tool, keyFor(foreign.source, foreign.documentTitle)),
  );
  const strangers = converted.filter((annotation) => annotation.setId === '');
  const layer = strangers.length > 0 ? foreignSet(origin, strangers) : undefined;
  const knownSets = new Set(native.sets.map((set) => set.id));
  // An annotation of Redline's naming a set the file does not describe still needs a set.
  const undescribed = [
    ...new Set(converted.map((a) => a.setId).filter((id) => id !== '' && !knownSets.has(id))),
  ].map(
    (id): SetFileSet => ({ id, name: id.slice(0, LIMITS.shortText), colour: LAYER_PALETTE[0] }),
  );
  const sets = [...native.sets, ...undescribed, ...(layer ? [layer] : [])];
  const exportedAt =
    sets
      .flatMap((set) => (set.updatedAt ? [set.updatedAt] : []))
      .sort()
      .at(-1) ?? undefined;
  const file = {
    format: SET_FILE_FORMAT,
    version: SET_FILE_VERSION,
    ...(exportedAt && { exportedAt }),
    sets,
    documents: documentsOf(annotations, keyFor, new Map(native.documents.map((d) => [d.key, d]))),
    annotations: converted.map((annotation) =>
      annotation.setId === '' && layer ? { ...annotation, setId: layer.id } : annotation,
    ),
  };
  const parsed = RedlineSetFile.safeParse(file);
  return parsed.success ? succeed(parsed.data) : fail(...describeIssues(parsed.error.issues, file));
}

/** An item or target not imported, named by its place, with why. */
export function skippedAt(path: Path, root: unknown, reasons: Problem[]): Problem {
  return notImported(describePath(path, root), reasons);
}

export { CarriedFrom, structuralSelectorSchema };
