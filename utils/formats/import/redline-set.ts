import { z } from 'zod';
import { Annotation } from '../annotation.ts';
import { RedlineSetFile, SET_FILE_FORMAT, SET_FILE_VERSION } from '../set-file.ts';
import { describeIssues, describePath } from './describe-issues.ts';
import { readItemList } from './foreign-items.ts';
import { notImported, type Problem, problem } from './problem.ts';
import { fail, type OnReadProgress, type ParseResult, succeed } from './result.ts';

/** The format and version are checked first: a newer file gets "update Redline", not 50 errors. */
function versionProblem(value: Record<string, unknown>): Problem | undefined {
  const { version } = value;
  if (version === SET_FILE_VERSION) return undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > SET_FILE_VERSION) {
    return problem('newerSetVersion', { version, supported: SET_FILE_VERSION });
  }
  return problem(
    'wrongVersion',
    { expected: SET_FILE_VERSION, found: JSON.stringify(version) ?? '' },
    'version',
  );
}

/** Annotations must point at a set and a document the file itself describes. */
function danglingReference(
  file: Pick<RedlineSetFile, 'sets' | 'documents'>,
  annotation: Annotation,
): Problem[] {
  const problems: Problem[] = [];
  if (!file.sets.some((set) => set.id === annotation.setId)) {
    problems.push(problem('noSetInFile', { id: annotation.setId }, 'setId'));
  }
  if (!file.documents.some((document) => document.key === annotation.documentKey)) {
    problems.push(problem('noDocumentInFile', { key: annotation.documentKey }, 'documentKey'));
  }
  return problems;
}

/** Everything but the annotations, which are read one by one. */
const Envelope = RedlineSetFile.extend({ annotations: z.array(z.unknown()).max(200_000) });

function checkHead(value: Record<string, unknown>): Problem | undefined {
  if (value.format !== SET_FILE_FORMAT) {
    return problem(
      'wrongFormat',
      { expected: SET_FILE_FORMAT, found: JSON.stringify(value.format) ?? '' },
      'format',
    );
  }
  return versionProblem(value);
}

/**
 * Reads a parsed `*.redline.json` as an import does: a broken envelope (format, version, sets,
 * documents) refuses the file whole; an annotation that breaks the format or points nowhere is
 * skipped and named, and the others are read.
 */
export function readRedlineSet(
  value: Record<string, unknown>,
  onProgress?: OnReadProgress,
): ParseResult<{ file: RedlineSetFile; skipped: Problem[] }> {
  const headError = checkHead(value);
  if (headError) return fail(headError);
  const envelope = Envelope.safeParse(value);
  if (!envelope.success) return fail(...describeIssues(envelope.error.issues, value));
  const items = readItemList(
    envelope.data.annotations,
    ['annotations'],
    value,
    Annotation,
    onProgress,
  );
  if (!items.ok) return items;
  const skipped = [...items.value.skipped];
  const sets = new Set(envelope.data.sets.map((set) => set.id));
  const documents = new Set(envelope.data.documents.map((document) => document.key));
  const annotations: Annotation[] = [];
  for (const { value: annotation, path } of items.value.read) {
    // Named only when wrong: describing the place of each of 10,000 sound annotations costs.
    if (sets.has(annotation.setId) && documents.has(annotation.documentKey)) {
      annotations.push(annotation);
      continue;
    }
    skipped.push(
      notImported(describePath(path, value), danglingReference(envelope.data, annotation)),
    );
  }
  return succeed({ file: { ...envelope.data, annotations }, skipped });
}

/**
 * Checks a `*.redline.json` against the format as its JSON Schema states it: every reason,
 * each naming its place. What `validate` says; an import is more forgiving (see readRedlineSet).
 */
export function validateRedlineSet(value: Record<string, unknown>): ParseResult<RedlineSetFile> {
  const headError = checkHead(value);
  if (headError) return fail(headError);
  const parsed = RedlineSetFile.safeParse(value);
  if (!parsed.success) return fail(...describeIssues(parsed.error.issues, value));
  const dangling = parsed.data.annotations.flatMap((annotation, index) => {
    const inside = describePath(['annotations', index], value);
    return danglingReference(parsed.data, annotation).map((dangling) => ({
      ...dangling,
      place: `${inside}: ${dangling.place}`,
    }));
  });
  return dangling.length > 0 ? fail(...dangling) : succeed(parsed.data);
}
