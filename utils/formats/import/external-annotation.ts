import { z } from 'zod';
import type { Annotation, Priority, Proposal, Stance } from '../annotation.ts';
import { canonicalUrl } from '../document-key.ts';
import { LIMITS } from '../limits.ts';
import {
  RedlineSetFile,
  SET_FILE_FORMAT,
  SET_FILE_VERSION,
  type SetFileDocument,
} from '../set-file.ts';
import { describeIssues } from './describe-issues.ts';
import { fail, type ParseResult, succeed } from './result.ts';
import { stableHash } from './stable-id.ts';

/** Other tools write offsets and fractions of seconds; Redline stores plain UTC instants. */
export const ForeignTimestamp = z
  .string()
  .max(64)
  .refine((text) => !Number.isNaN(Date.parse(text)), 'expected a date and time')
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
  .refine((position) => position.end >= position.start, 'end must not precede start');

type Path = readonly PropertyKey[];

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

const NamedSelector = z.looseObject({ type: z.string().max(100) });
export const ForeignSelectors = z.array(NamedSelector).max(20);

export interface PickedSelectors {
  quote?: z.infer<typeof ForeignQuote>;
  position?: z.infer<typeof ForeignPosition>;
  errors: string[];
}

/** The quote and position among a target's selectors; other kinds (ranges, XPaths) are skipped. */
export function pickSelectors(
  selectors: readonly z.infer<typeof NamedSelector>[],
  pathOf: (index: number) => Path,
  root: unknown,
): PickedSelectors {
  const picked: PickedSelectors = { errors: [] };
  selectors.forEach((selector, index) => {
    if (selector.type === 'TextQuoteSelector' && !picked.quote) {
      const quote = parseAt(ForeignQuote, selector, pathOf(index), root);
      if (quote.ok) picked.quote = quote.value;
      else picked.errors.push(...quote.errors);
    }
    if (selector.type === 'TextPositionSelector' && !picked.position) {
      const position = parseAt(ForeignPosition, selector, pathOf(index), root);
      if (position.ok) picked.position = position.value;
      else picked.errors.push(...position.errors);
    }
  });
  return picked;
}

/** What a reader of another tool's file gives: the set, and what it could not import. */
export interface ForeignImport {
  file: RedlineSetFile;
  /** Annotations with no quoted passage (page notes, replies): named, not imported. */
  skipped: string[];
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
  author: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
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
}

const IMPORTED_COLOURS = ['#4fc3f7', '#81c784', '#ba68c8', '#ff8a65', '#a1887f', '#90a4ae'];

function urlKey(url: string): string {
  try {
    return canonicalUrl(url);
  } catch {
    return url;
  }
}

function toAnnotation(
  foreign: ForeignAnnotation,
  setId: string,
  tool: string,
  documentKey: string,
): Annotation {
  return {
    id: `${tool}-${stableHash(foreign.sourceId)}`,
    setId,
    documentKey,
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: foreign.quote.exact,
        prefix: (foreign.quote.prefix ?? '').slice(-LIMITS.shortText),
        suffix: (foreign.quote.suffix ?? '').slice(0, LIMITS.shortText),
      },
      // Only a hint: the extension re-anchors by quote on the open document.
      position: {
        type: 'TextPositionSelector',
        start: foreign.position?.start ?? 0,
        end: foreign.position?.end ?? 0,
      },
      documentVersion: '',
    },
    // Empty until the passage is anchored on the document's outline, unless the file says it.
    provision: foreign.provision ?? '',
    comment: foreign.comment,
    rationale: foreign.rationale ?? '',
    tags: foreign.tags,
    ...(foreign.proposal ? { proposal: foreign.proposal } : {}),
    ...(foreign.stance ? { stance: foreign.stance } : {}),
    ...(foreign.priority ? { priority: foreign.priority } : {}),
    author: foreign.author,
    createdAt: foreign.createdAt,
    updatedAt: foreign.updatedAt,
  };
}

function documentsOf(
  annotations: ForeignAnnotation[],
  keyFor: (url: string, title?: string) => string,
): SetFileDocument[] {
  const byKey = new Map<string, SetFileDocument>();
  for (const foreign of annotations) {
    const key = keyFor(foreign.source, foreign.documentTitle);
    if (byKey.has(key)) continue;
    byKey.set(key, {
      key,
      url: foreign.source,
      title: foreign.documentTitle?.slice(0, LIMITS.shortText),
      versions: [],
    });
  }
  return [...byKey.values()];
}

/**
 * One imported set holding the passages another tool annotated. Every date in it comes from
 * the annotations, never from the clock, so the same file always gives the same set.
 */
export function buildForeignSetFile(
  origin: ForeignOrigin,
  annotations: ForeignAnnotation[],
  options: ForeignReadOptions,
): ParseResult<RedlineSetFile> {
  if (annotations.length === 0) {
    return fail('no annotation in this file quotes a passage of text that Redline can anchor');
  }
  const keyFor = options.documentKeyFor ?? urlKey;
  const setId = `${origin.tool}-${stableHash(origin.ownerId)}`;
  const created = annotations.map((a) => a.createdAt).sort();
  const updated = annotations.map((a) => a.updatedAt).sort();
  const lastUpdate = updated.at(-1) as string;
  const file = {
    format: SET_FILE_FORMAT,
    version: SET_FILE_VERSION,
    exportedAt: lastUpdate,
    sets: [
      {
        id: setId,
        name: `${origin.label}: ${origin.ownerName}`.slice(0, LIMITS.shortText),
        colour: IMPORTED_COLOURS[
          Number.parseInt(stableHash(setId).slice(-4), 16) % IMPORTED_COLOURS.length
        ] as string,
        owner: { author: origin.ownerName.slice(0, LIMITS.shortText) },
        createdAt: created[0] as string,
        updatedAt: lastUpdate,
      },
    ],
    documents: documentsOf(annotations, keyFor),
    annotations: annotations.map((foreign) =>
      toAnnotation(foreign, setId, origin.tool, keyFor(foreign.source, foreign.documentTitle)),
    ),
  };
  const parsed = RedlineSetFile.safeParse(file);
  return parsed.success ? succeed(parsed.data) : fail(...describeIssues(parsed.error.issues, file));
}
