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
