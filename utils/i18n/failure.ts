import type { MessageError } from '../messaging/protocol.ts';
import { problemList } from './problem.ts';
import type { Translator } from './translate.ts';

/**
 * Why the background refused a write, as a sentence in the UI language: the code says which
 * sentence; a refusal on purpose carries its problems; a zod report or an exception's text is
 * not for the user.
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
      return t('errors.failed', { detail: failure.message });
  }
}
