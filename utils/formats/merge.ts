import type { Annotation } from './annotation.ts';
import { canonicalJson } from './import/canonical-json.ts';
import { jsonEqual } from './import/json-equal.ts';
import { LIMITS } from './limits.ts';
import type { RedlineSetFile, SetFileDocument } from './set-file.ts';

export type SetFileSet = RedlineSetFile['sets'][number];

/** What colleagues exchange, as one value that merges with another. */
export interface SharedState {
  sets: SetFileSet[];
  documents: SetFileDocument[];
  annotations: Annotation[];
}

export const EMPTY_STATE: SharedState = { sets: [], documents: [], annotations: [] };

interface Versioned {
  id: string;
  /** Absent when the file did not date it: older than any dated version. */
  updatedAt?: string | undefined;
}

function instant(version: Versioned): number {
  return version.updatedAt === undefined ? Number.NEGATIVE_INFINITY : Date.parse(version.updatedAt);
}

export type VersionDecision<T> =
  | { kind: 'new'; winner: T }
  | { kind: 'unchanged' }
  | { kind: 'updated'; winner: T; replaced: T }
  | { kind: 'older-ignored'; ignored: T }
  /** Same instant, different content: both are kept, one shown; the choice is the same everywhere. */
  | { kind: 'conflict'; winner: T; loser: T };

export type AnnotationDecision =
  | VersionDecision<Annotation>
  /** The same id on another document: never overwritten, reported. */
  | { kind: 'collision'; kept: Annotation; refused: Annotation };

/**
 * Versions are ordered by time, then by content: a total order, so the winner of any two never
 * depends on which arrived first, and merging is commutative and associative.
 */
export function decideVersion<T extends Versioned>(
  current: T | undefined,
  incoming: T,
): VersionDecision<T> {
  if (!current) return { kind: 'new', winner: incoming };
  if (jsonEqual(current, incoming)) return { kind: 'unchanged' };
  const [incomingAt, currentAt] = [instant(incoming), instant(current)];
  const byTime = incomingAt === currentAt ? 0 : incomingAt - currentAt;
  if (byTime > 0) return { kind: 'updated', winner: incoming, replaced: current };
  if (byTime < 0) return { kind: 'older-ignored', ignored: incoming };
  return canonicalJson(incoming) > canonicalJson(current)
    ? { kind: 'conflict', winner: incoming, loser: current }
    : { kind: 'conflict', winner: current, loser: incoming };
}

export function decideAnnotation(
  current: Annotation | undefined,
  incoming: Annotation,
): AnnotationDecision {
  if (current && current.documentKey !== incoming.documentKey) {
    return { kind: 'collision', kept: current, refused: incoming };
  }
  return decideVersion(current, incoming);
}

/** A version that lost, kept so nothing is lost silently (the `superseded` table's reasons). */
export interface LostVersion {
  annotation: Annotation;
  reason: 'older-edit' | 'concurrent-edit' | 'deleted';
}

export interface MergeCounts {
  new: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  olderIgnored: number;
  /** Deletions that took effect. */
  tombstones: number;
  collisions: number;
  newDocuments: number;
}

export interface AnnotationMerge {
  /** Annotations whose stored version changes, by id. */
  changed: Map<string, Annotation>;
  lost: LostVersion[];
  conflicts: Array<{ winner: Annotation; loser: Annotation }>;
  collisions: Array<{ kept: Annotation; refused: Annotation }>;
  counts: Omit<MergeCounts, 'newDocuments'>;
}

function tally(merge: AnnotationMerge, decision: AnnotationDecision): void {
  const { counts } = merge;
  switch (decision.kind) {
    case 'new':
      if (decision.winner.deleted) counts.tombstones++;
      else counts.new++;
      break;
    case 'updated':
      if (decision.winner.deleted && !decision.replaced.deleted) counts.tombstones++;
      else counts.updated++;
      if (!decision.replaced.deleted) {
        const reason = decision.winner.deleted ? 'deleted' : 'older-edit';
        merge.lost.push({ annotation: decision.replaced, reason });
      }
      break;
    case 'conflict':
      counts.conflicts++;
      merge.conflicts.push({ winner: decision.winner, loser: decision.loser });
      if (!decision.loser.deleted) {
        merge.lost.push({ annotation: decision.loser, reason: 'concurrent-edit' });
      }
      break;
    case 'unchanged':
      counts.unchanged++;
      break;
    case 'older-ignored':
      counts.olderIgnored++;
      break;
    case 'collision':
      counts.collisions++;
      merge.collisions.push({ kept: decision.kept, refused: decision.refused });
      break;
  }
}

/** Folds incoming annotations, in order, into what is stored; reads `current`, never writes it. */
export function mergeAnnotations(
  current: ReadonlyMap<string, Annotation>,
  incoming: readonly Annotation[],
): AnnotationMerge {
  const merge: AnnotationMerge = {
    changed: new Map(),
    lost: [],
    conflicts: [],
    collisions: [],
    counts: {
      new: 0,
      updated: 0,
      unchanged: 0,
      conflicts: 0,
      olderIgnored: 0,
      tombstones: 0,
      collisions: 0,
    },
  };
  for (const annotation of incoming) {
    const stored = merge.changed.get(annotation.id) ?? current.get(annotation.id);
    const decision = decideAnnotation(stored, annotation);
    tally(merge, decision);
    if ('winner' in decision && decision.winner !== stored) {
      merge.changed.set(annotation.id, decision.winner);
    }
  }
  return merge;
}

/** Set descriptions merge like annotations: the newer wins, ties go the same way everywhere. */
export function mergeSets(
  current: ReadonlyMap<string, SetFileSet>,
  incoming: readonly SetFileSet[],
): Map<string, SetFileSet> {
  const changed = new Map<string, SetFileSet>();
  for (const set of incoming) {
    const stored = changed.get(set.id) ?? current.get(set.id);
    const decision = decideVersion(stored, set);
    if ('winner' in decision && decision.winner !== stored) changed.set(set.id, decision.winner);
  }
  return changed;
}

/** A document seen by both keeps the first description and every text version either saw. */
export function mergeDocument(
  current: SetFileDocument,
  incoming: SetFileDocument,
): SetFileDocument {
  const versions = [...current.versions];
  for (const version of incoming.versions) if (!versions.includes(version)) versions.push(version);
  return {
    ...current,
    symbol: current.symbol ?? incoming.symbol,
    language: current.language ?? incoming.language,
    title: current.title ?? incoming.title,
    url: current.url ?? incoming.url,
    versions: versions.slice(-LIMITS.documentVersions),
  };
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

export interface StateMerge extends Omit<AnnotationMerge, 'changed' | 'counts'> {
  state: SharedState;
  counts: MergeCounts;
}

/** Merges one shared state into another. Pure: neither argument is changed. */
export function mergeStates(current: SharedState, incoming: SharedState): StateMerge {
  const annotations = byKey(current.annotations, (a) => a.id);
  const merged = mergeAnnotations(annotations, incoming.annotations);
  for (const [id, annotation] of merged.changed) annotations.set(id, annotation);

  const sets = byKey(current.sets, (set) => set.id);
  for (const [id, set] of mergeSets(sets, incoming.sets)) sets.set(id, set);

  const documents = byKey(current.documents, (document) => document.key);
  let newDocuments = 0;
  for (const document of incoming.documents) {
    const known = documents.get(document.key);
    if (!known) newDocuments++;
    documents.set(document.key, known ? mergeDocument(known, document) : document);
  }
  const { changed: _changed, counts, ...report } = merged;
  return {
    ...report,
    counts: { ...counts, newDocuments },
    state: {
      sets: [...sets.values()],
      documents: [...documents.values()],
      annotations: [...annotations.values()],
    },
  };
}

/** The content of a set file as a state; duplicates inside the file merge by the same rules. */
export function stateFromFile(file: RedlineSetFile): StateMerge {
  return mergeStates(EMPTY_STATE, file);
}
