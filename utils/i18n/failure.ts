import type { MessageError } from '../messaging/protocol.ts';
import { problemDetails, problemList } from './problem.ts';
import type { Translator } from './translate.ts';

/**
 * Why the background refused a write, as a sentence in the UI language: the code says which
 * sentence; a refusal on purpose carries its problems. An exception's text is a technical
 * detail (`failureDetail`), never part of the sentence.
 */
export function failureReason(
  failure: MessageError,
  translator: Pick<Translator, 't' | 'formatList'>,
): string {
  const { t } = translator;
  switch (failure.code) {
    case 'invalid-request':
      return t('errors.invalidRequest');
    case 'unreachable':
      return t('errors.unreachable');
    case 'refused':
      return problemList(failure.problems ?? [], translator);
    case 'failed':
      return t('errors.failed');
  }
}

/** What the user may pass on to whoever fixes Redline, shown apart from `failureReason`. */
export function failureDetail(failure: MessageError): string | undefined {
  if (failure.code === 'failed') return failure.message;
  const details = (failure.problems ?? []).flatMap(problemDetails);
  return details.length > 0 ? details.join(' | ') : undefined;
}
