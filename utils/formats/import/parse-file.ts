import type { RedlineSetFile } from '../set-file.ts';
import { SET_FILE_FORMAT } from '../set-file.ts';
import type { ForeignReadOptions } from './external-annotation.ts';
import { readHypothesis } from './hypothesis.ts';
import { type ParseLimits, SHARED_FILE_LIMITS } from './limits.ts';
import type { Problem } from './problem.ts';
import { problem } from './problem.ts';
import { readRedlineSet } from './redline-set.ts';
import { fail, type ParseResult, succeed } from './result.ts';
import { parseUntrustedJson } from './safe-json.ts';
import { readW3c } from './w3c.ts';

/** `pdf`: a PDF's own annotations, read in an extension page or by the command line. */
export type SharedFileKind = 'redline' | 'w3c' | 'hypothesis' | 'pdf';

/** A shared file, whatever tool wrote it, as a Redline set file. */
export interface SharedFile {
  kind: SharedFileKind;
  file: RedlineSetFile;
  /** Each item that was in the file but is not imported, with where and why. */
  skipped: Problem[];
}

export interface ReadSharedFileOptions extends ForeignReadOptions {
  limits?: ParseLimits;
}

const W3C_TYPES = new Set(['Annotation', 'AnnotationCollection', 'AnnotationPage']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function looksW3c(value: Record<string, unknown>): boolean {
  const types = Array.isArray(value.type) ? value.type : [value.type];
  return '@context' in value || types.some((type) => W3C_TYPES.has(type as string));
}

function looksHypothesis(value: Record<string, unknown>): boolean {
  return 'user' in value && 'uri' in value && Array.isArray(value.target);
}

/** Which reader a parsed file needs, judged by the fields each format always has. */
export function detectKind(root: unknown): ParseResult<SharedFileKind> {
  const sample = Array.isArray(root) ? root[0] : root;
  if (Array.isArray(root) && root.length === 0) return fail(problem('noAnnotations'));
  if (!isRecord(sample)) {
    return fail(problem('notAnnotationObjects'));
  }
  if (!Array.isArray(root) && 'format' in sample) {
    if (sample.format === SET_FILE_FORMAT) return succeed('redline');
    if (typeof sample.format === 'string' && sample.format.startsWith('redline.')) {
      return fail(problem('otherRedlineFile', { format: sample.format.slice(0, 100) }));
    }
  }
  if (looksW3c(sample)) return succeed('w3c');
  if (looksHypothesis(sample)) return succeed('hypothesis');
  if (!Array.isArray(root) && ('export_userid' in sample || Array.isArray(sample.rows))) {
    return succeed('hypothesis');
  }
  return fail(problem('unknownFormat'));
}

/** Reads an already parsed shared file, whichever tool wrote it. */
export function readSharedValue(
  root: unknown,
  options: ForeignReadOptions = {},
): ParseResult<SharedFile> {
  const kind = detectKind(root);
  if (!kind.ok) return kind;
  if (kind.value === 'redline') {
    const set = readRedlineSet(root as Record<string, unknown>, options.onProgress);
    return set.ok ? succeed({ kind: 'redline', ...set.value }) : set;
  }
  const read = kind.value === 'w3c' ? readW3c(root, options) : readHypothesis(root, options);
  return read.ok ? succeed({ kind: kind.value, ...read.value }) : read;
}

/**
 * Reads a file a colleague or another tool wrote: bounded, checked and converted before anything
 * else sees it. Errors name the field and the annotation they concern.
 */
export function readSharedFile(
  input: string | Uint8Array,
  options: ReadSharedFileOptions = {},
): ParseResult<SharedFile> {
  const parsed = parseUntrustedJson(
    input,
    options.limits ?? SHARED_FILE_LIMITS,
    options.onProgress,
  );
  return parsed.ok ? readSharedValue(parsed.value, options) : parsed;
}
