import type { Problem } from '../../utils/formats/import/problem.ts';
import { problemLine } from '../../utils/i18n/problem.ts';
import { translator } from '../../utils/i18n/translate.ts';

const english = translator('en');

/** Problems as the command line (and an English UI) says them. */
export const inEnglish = (problems: readonly Problem[]): string[] =>
  problems.map((problem) => problemLine(problem, english));

/** The codes of problems and of the reasons under them, flattened, in order. */
export const codesOf = (problems: readonly Problem[]): string[] =>
  problems.flatMap((problem) => [problem.code, ...codesOf(problem.because ?? [])]);

/** A refusal's reasons in English; fails the test when the result was not a refusal. */
export function refusedInEnglish(
  result: { ok: true } | { ok: false; errors: Problem[] },
): string[] {
  if (result.ok) throw new Error('expected a refusal');
  return inEnglish(result.errors);
}
