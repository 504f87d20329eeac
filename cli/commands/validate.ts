import type { Command } from 'commander';
import { describeIssues } from '../../utils/formats/import/describe-issues.ts';
import { SHARED_FILE_LIMITS } from '../../utils/formats/import/limits.ts';
import {
  detectKind,
  readSharedValue,
  type SharedFileKind,
} from '../../utils/formats/import/parse-file.ts';
import { problem } from '../../utils/formats/import/problem.ts';
import { validateRedlineSet } from '../../utils/formats/import/redline-set.ts';
import { fail, type ParseResult, succeed } from '../../utils/formats/import/result.ts';
import { parseUntrustedJson } from '../../utils/formats/import/safe-json.ts';
import type { RedlineSetFile } from '../../utils/formats/set-file.ts';
import {
  SUBMISSION_FORMAT,
  SUBMISSION_VERSION,
  Submission,
} from '../../utils/formats/submission.ts';
import { problemLine } from '../../utils/i18n/problem.ts';
import { english } from '../english.ts';
import { InputError } from '../errors.ts';
import { readInputBytes } from '../io.ts';

const KIND_NAMES = {
  redline: 'Redline annotation set',
  w3c: 'W3C Web Annotations',
  hypothesis: 'Hypothesis export',
  pdf: 'PDF with comments',
} as const;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function validateSubmission(root: Record<string, unknown>): ParseResult<string> {
  if (typeof root.version === 'number' && root.version > SUBMISSION_VERSION) {
    return fail(
      problem('newerSubmissionVersion', { version: root.version, supported: SUBMISSION_VERSION }),
    );
  }
  const parsed = Submission.safeParse(root);
  if (!parsed.success) return fail(...describeIssues(parsed.error.issues, root));
  const { document, items } = parsed.data;
  const name = document.symbol ?? document.title ?? document.key;
  return succeed(`Redline submission on ${name}: ${plural(items.length, 'item')}`);
}

function summary(kind: SharedFileKind, file: RedlineSetFile, skipped: number): string {
  const counts = [
    plural(file.sets.length, 'set'),
    plural(file.documents.length, 'document'),
    plural(file.annotations.length, 'annotation'),
  ];
  if (skipped > 0) counts.push(`${plural(skipped, 'item')} Redline cannot import`);
  return `${KIND_NAMES[kind]}: ${counts.join(', ')}`;
}

/**
 * A Redline set is checked as its JSON Schema says, every item (an import would skip the bad
 * ones); another tool's file as an import reads it, counting what would be skipped.
 */
function validateShared(root: unknown): ParseResult<string> {
  const kind = detectKind(root);
  if (!kind.ok) return kind;
  if (kind.value === 'redline') {
    const set = validateRedlineSet(root as Record<string, unknown>);
    return set.ok ? succeed(summary('redline', set.value, 0)) : set;
  }
  const read = readSharedValue(root);
  if (!read.ok) return read;
  return succeed(summary(read.value.kind, read.value.file, read.value.skipped.length));
}

/** Checks a file as the extension's import would: the same limits, the same messages. */
export function validateFile(input: Uint8Array): ParseResult<string> {
  const parsed = parseUntrustedJson(input, SHARED_FILE_LIMITS);
  if (!parsed.ok) return parsed;
  const root = parsed.value as Record<string, unknown> | null;
  return root !== null && typeof root === 'object' && root.format === SUBMISSION_FORMAT
    ? validateSubmission(root)
    : validateShared(root);
}

export function addValidateCommand(program: Command): void {
  program
    .command('validate')
    .description('checks an annotation set or submission file; exit 1 with every reason')
    .argument('<file>', '*.redline.json, W3C Web Annotations, Hypothesis export or submission JSON')
    .action(async (file: string) => {
      const result = validateFile(await readInputBytes(file));
      if (!result.ok) {
        throw new InputError(
          `${file} is not valid:\n${result.errors.map((e) => `  ${problemLine(e, english)}`).join('\n')}`,
        );
      }
      process.stdout.write(`OK ${file}: ${result.value}\n`);
    });
}
