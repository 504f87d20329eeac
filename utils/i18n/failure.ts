import type { MessageError } from '../messaging/protocol.ts';
import type { Translator } from './translate.ts';

const CODED = /^(invalid-request|failed|unreachable): ([\s\S]*)$/;

/**
 * What went wrong, as a sentence in the UI language. The background answers with a code and
 * a technical message (a zod report, an exception's text); the user reads the code's sentence,
 * the technical message stays available as detail.
 */
export function failureReason(
  failure: MessageError | string,
  { t }: Pick<Translator, 't'>,
): { sentence: string; detail: string } {
  const coded =
    typeof failure === 'string'
      ? (() => {
          const match = CODED.exec(failure);
          return match ? { code: match[1], message: match[2] ?? '' } : undefined;
        })()
      : failure;
  const detail = typeof failure === 'string' ? failure : `${failure.code}: ${failure.message}`;
  switch (coded?.code) {
    case 'invalid-request':
      return {
        sentence: /too big|too long|<=\d+/i.test(coded.message)
          ? t('errors.tooLong')
          : t('errors.invalidRequest'),
        detail,
      };
    case 'unreachable':
      return { sentence: t('errors.unreachable'), detail };
    case 'failed':
      return { sentence: t('errors.failed', { detail: coded.message }), detail };
    default:
      return { sentence: t('errors.unexpected'), detail };
  }
}
