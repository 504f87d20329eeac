import type { MessageError } from '../messaging/protocol.ts';
import type { Translator } from './translate.ts';

/**
 * Why the background refused a write, as a sentence in the UI language: the code says which
 * sentence; a zod report or an exception's text is not for the user, only the message of a
 * handler that failed on purpose ("no set …") is kept.
 */
export function failureReason(failure: MessageError, { t }: Pick<Translator, 't'>): string {
  switch (failure.code) {
    case 'invalid-request':
      return t('errors.invalidRequest');
    case 'unreachable':
      return t('errors.unreachable');
    case 'failed':
      return t('errors.failed', { detail: failure.message });
  }
}
