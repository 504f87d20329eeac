import type { Annotation } from './annotation.ts';
import type { AnnotationSetInfo } from './annotation-set.ts';
import type { DocumentRecord } from './document.ts';
import type { SetFileSet, SharedState } from './merge.ts';
import {
  type RedlineSetFile,
  SET_FILE_FORMAT,
  SET_FILE_VERSION,
  type SetFileDocument,
} from './set-file.ts';

export interface SetExportInput {
  sets: ReadonlyArray<SetFileSet | AnnotationSetInfo>;
  documents: ReadonlyArray<SetFileDocument | DocumentRecord>;
  annotations: readonly Annotation[];
}

function byText<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

export function setForFile(set: SetFileSet | AnnotationSetInfo): SetFileSet {
  const { id, name, colour, owner, createdAt, updatedAt } = set;
  return {
    id,
    name,
    colour,
    ...(owner && { owner }),
    ...(createdAt && { createdAt }),
    ...(updatedAt && { updatedAt }),
  };
}

function documentForFile(document: SetFileDocument | DocumentRecord): SetFileDocument {
  const { key, symbol, language, title, url, versions } = document;
  const described = Object.entries({ symbol, language, title, url }).filter(
    ([, value]) => value !== undefined,
  );
  return { key, ...Object.fromEntries(described), versions: [...versions] };
}

/**
 * A `*.redline.json` from sets, documents and annotations, in a stable order (sets and
 * annotations by id, documents by key) so the same content always gives the same file.
 * Local-only fields (origin, visibility, when a document was last seen) stay home.
 */
export function buildSetFile(
  input: SetExportInput | SharedState,
  exportedAt: string | undefined,
): RedlineSetFile {
  return {
    format: SET_FILE_FORMAT,
    version: SET_FILE_VERSION,
    ...(exportedAt && { exportedAt }),
    sets: input.sets.map(setForFile).sort(byText((set) => set.id)),
    documents: input.documents.map(documentForFile).sort(byText((document) => document.key)),
    annotations: [...input.annotations].sort(byText((annotation) => annotation.id)),
  };
}
