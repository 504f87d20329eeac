import type { Problem } from '../formats/import/problem.ts';
import type { Translator } from './translate.ts';

/**
 * A reason a file or an item was refused, as a sentence in the translator's language: the
 * place (field names and indexes, the same in every language) in front, the reasons under it
 * in brackets.
 */
export function problemText(problem: Problem, translator: Pick<Translator, 't'>): string {
  const reasons = problem.because?.map((reason) => problemText(reason, translator)).join('; ');
  const reason = translator.t(`problem.${problem.code}`, {
    ...problem.values,
    ...(reasons === undefined ? {} : { reasons }),
  });
  return problem.place ? translator.t('problem.at', { place: problem.place, reason }) : reason;
}
