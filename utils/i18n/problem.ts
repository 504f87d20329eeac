import type { Problem } from '../formats/import/problem.ts';
import type { Translator } from './translate.ts';

type ProblemTranslator = Pick<Translator, 't' | 'formatList'>;

/**
 * A reason a file or an item was refused, as a sentence in the translator's language: the
 * place (field names and indexes, the same in every language) in front, the reasons under it
 * in brackets.
 */
export function problemText(problem: Problem, translator: ProblemTranslator): string {
  const reasons = problem.because && problemList(problem.because, translator);
  const reason = translator.t(`problem.${problem.code}`, {
    ...problem.values,
    ...(reasons === undefined ? {} : { reasons }),
  });
  return problem.place ? translator.t('problem.at', { place: problem.place, reason }) : reason;
}

/** Several reasons as one list in the translator's language ("a, b and c"). */
export function problemList(problems: readonly Problem[], translator: ProblemTranslator): string {
  return translator.formatList(problems.map((problem) => problemText(problem, translator)));
}

/** The technical details under a problem, each an engine's own words, in order. */
export function problemDetails(problem: Problem): string[] {
  return [
    ...(problem.detail ? [problem.detail] : []),
    ...(problem.because ?? []).flatMap(problemDetails),
  ];
}

/** For the command line and logs, where one line says everything: the details after the sentence. */
export function problemLine(problem: Problem, translator: ProblemTranslator): string {
  const details = problemDetails(problem);
  const text = problemText(problem, translator);
  return details.length === 0 ? text : `${text} (${details.join(' | ')})`;
}
