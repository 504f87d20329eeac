import { z } from 'zod';

/**
 * Every reason a file (shared set, backup, PDF) is refused or one of its items skipped, a live
 * set cannot connect or sync, or the background refuses a write, as a code with its values: the
 * UI renders it in the reader's language, the command line in English. `zod.*` codes carry
 * zod's own issue codes; the others are Redline's.
 */
export const PROBLEM_CODES = [
  // The file as a whole.
  'fileTooLarge',
  'fileTooLargeToDecode',
  'notUtf8',
  'cutOff',
  'notJson',
  'textTooLong',
  'nestedTooDeep',
  'tooManyItems',
  'forbiddenKey',
  'noAnnotations',
  'notAnnotationObjects',
  'otherRedlineFile',
  'unknownFormat',
  'wrongFormat',
  'newerSetVersion',
  'wrongVersion',
  'notW3c',
  'collectionNotEmbedded',
  'laterPagesMissing',
  'notHypothesis',
  'nothingToImport',
  'readFailed',
  'databaseRefused',
  // One item.
  'notImported',
  'noSetInFile',
  'noDocumentInFile',
  'replyWithoutThread',
  'wholeResource',
  'targetNotAllowed',
  'quoteSelectorWrong',
  'selectorByReference',
  'noQuotedText',
  'pageNote',
  'expectedDateTime',
  'endBeforeStart',
  'expectedAnnotation',
  'needsTarget',
  // A PDF's annotations.
  'pdfTooLarge',
  'pdfEncrypted',
  'pdfUnreadable',
  'pdfScripted',
  'pdfTooManyAnnotations',
  'pdfNoteTooLong',
  'pdfNoteInvalid',
  'pdfKindsLeftOut',
  'pdfNoteNotOnText',
  'pdfNoteNoPageText',
  'pdfNothingPlaceable',
  // A backup.
  'setFileNotBackup',
  'notBackup',
  'newerBackupVersion',
  // A submission (checked by the command line).
  'newerSubmissionVersion',
  // A live set: the connect form, the server, the engine.
  'sync.noAddress',
  'sync.noUser',
  'sync.noPassword',
  'sync.databaseName',
  'sync.addressInvalid',
  'sync.addressWithCredentials',
  'sync.addressWithQuery',
  'sync.addressNotEncrypted',
  'sync.addressProtocol',
  'sync.accessDenied',
  'sync.unreachable',
  'sync.userRefused',
  'sync.notMember',
  'sync.noDatabase',
  'sync.notCouchDb',
  'sync.notRedlineDatabase',
  'sync.noReadableSet',
  'sync.holdsOtherSet',
  'sync.nothingToJoin',
  'sync.credentialsExpired',
  'sync.changeRefused',
  'sync.failed',
  // A document on a set's server that a pull leaves out.
  'sync.idMismatch',
  'sync.otherSet',
  'sync.privateComment',
  // A write the background refused.
  'setNotFound',
  // zod's issues, by their code.
  'zod.invalid_type',
  'zod.too_big',
  'zod.too_small',
  'zod.invalid_format',
  'zod.not_multiple_of',
  'zod.unrecognized_keys',
  'zod.invalid_union',
  'zod.invalid_key',
  'zod.invalid_element',
  'zod.invalid_value',
  'zod.custom',
] as const;

export const ProblemCode = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ProblemCode>;

const ProblemValue = z.union([z.string(), z.number()]);

/** One reason, where it is (a path in the file, absent for the file as a whole), and why. */
export interface Problem {
  code: ProblemCode;
  /** `annotations[3] (id "abc"): comment`: field names and indexes, the same in every language. */
  place?: string;
  values?: Record<string, string | number>;
  /**
   * An engine's or exception's own words (JSON.parse, pdf.js, the sync server): not translated,
   * so never part of the sentence; the page shows it apart, left to right.
   */
  detail?: string;
  /** The reasons under this one: each reason an item was not imported. */
  because?: Problem[];
}

export const Problem: z.ZodType<Problem> = z.lazy(() =>
  z.object({
    code: ProblemCode,
    place: z.string().optional(),
    values: z.record(z.string(), ProblemValue).optional(),
    detail: z.string().optional(),
    because: z.array(Problem).optional(),
  }),
);

export function problem(code: ProblemCode, values?: Problem['values'], place?: string): Problem {
  return { code, ...(place ? { place } : {}), ...(values ? { values } : {}) };
}

/** A problem whose cause an engine or exception put in its own words. */
export function technicalProblem(
  code: ProblemCode,
  detail: string,
  values?: Problem['values'],
): Problem {
  return { ...problem(code, values), detail };
}

/** `place: not imported (reasons)`. */
export function notImported(place: string, because: Problem[]): Problem {
  return { code: 'notImported', ...(place ? { place } : {}), because };
}

/** A refine's reason: its code travels in the params. */
export const refinement = (code: ProblemCode) => ({ params: { problem: code } });
