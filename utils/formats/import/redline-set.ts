import { RedlineSetFile, SET_FILE_FORMAT, SET_FILE_VERSION } from '../set-file.ts';
import { describeIssues, describePath } from './describe-issues.ts';
import { fail, type ParseResult, succeed } from './result.ts';

/** The format and version are checked first: a newer file gets "update Redline", not 50 errors. */
function versionProblem(value: Record<string, unknown>): string | undefined {
  const { version } = value;
  if (version === SET_FILE_VERSION) return undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > SET_FILE_VERSION) {
    return `this file is a Redline set of version ${version}; this Redline reads version ${SET_FILE_VERSION} — update Redline`;
  }
  return `version: expected ${SET_FILE_VERSION}, found ${JSON.stringify(version) ?? 'nothing'}`;
}

/** Annotations must point at a set and a document the file itself describes. */
function danglingReferences(file: RedlineSetFile): string[] {
  const setIds = new Set(file.sets.map((set) => set.id));
  const documentKeys = new Set(file.documents.map((document) => document.key));
  const problems: string[] = [];
  file.annotations.forEach((annotation, index) => {
    // Named only when wrong: describing the place of each of 10,000 sound annotations costs.
    if (setIds.has(annotation.setId) && documentKeys.has(annotation.documentKey)) return;
    const place = describePath(['annotations', index], file);
    if (!setIds.has(annotation.setId)) {
      problems.push(`${place}: setId: no set ${JSON.stringify(annotation.setId)} in this file`);
    }
    if (!documentKeys.has(annotation.documentKey)) {
      problems.push(
        `${place}: documentKey: no document ${JSON.stringify(annotation.documentKey)} in this file`,
      );
    }
  });
  return problems;
}

/** Reads a parsed `*.redline.json`; every reason it is refused, each naming its place. */
export function readRedlineSet(value: Record<string, unknown>): ParseResult<RedlineSetFile> {
  if (value.format !== SET_FILE_FORMAT) {
    return fail(`format: expected "${SET_FILE_FORMAT}", found ${JSON.stringify(value.format)}`);
  }
  const versionError = versionProblem(value);
  if (versionError) return fail(versionError);
  const parsed = RedlineSetFile.safeParse(value);
  if (!parsed.success) return fail(...describeIssues(parsed.error.issues, value));
  const dangling = danglingReferences(parsed.data);
  return dangling.length > 0 ? fail(...dangling) : succeed(parsed.data);
}
