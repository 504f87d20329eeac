import type { Annotation } from '../formats/annotation.ts';
import type { OpenDocument } from '../formats/document-key-for-url.ts';
import type { SharedFile } from '../formats/import/parse-file.ts';
import type { ParseResult, ReadProgress } from '../formats/import/result.ts';

/** What the page asks the reading worker: the file's bytes (handed over, not copied). */
export interface ReadRequest {
  bytes: Uint8Array;
  /** The document beside the importer: another tool's passages on its page anchor onto it. */
  open: OpenDocument | undefined;
}

/**
 * What the worker answers, in order: progress, then the annotations in slices (each one a short
 * copy into the page, not one long pause for 50,000), then the result without them.
 */
export type ReadAnswer =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'annotations'; annotations: Annotation[] }
  | { type: 'done'; result: ParseResult<SharedFile> };
