import type { MessageKey } from '../../locales/en.ts';

export type FailureAdvice = Extract<MessageKey, `popup.advice.${string}`>;

/**
 * The message that tells the user what to do about a failed annotator start, from its technical reason (an error
 * code before the first colon, then the message; a refused request ends with zod's
 * `→ at <field>` lines). The reason itself stays available as technical details.
 */
export function failureAdvice(reason: string): FailureAdvice {
  const code = reason.slice(0, reason.indexOf(':'));
  const fields = [...reason.matchAll(/→ at (\w+)/g)].map((match) => match[1]);
  if (code === 'invalid-request' && fields.includes('url')) return 'popup.advice.addressTooLong';
  if (code === 'invalid-request' && fields.includes('text')) return 'popup.advice.documentTooLong';
  if (code === 'unreachable' || /receiving end does not exist|context invalidated/i.test(reason))
    return 'popup.advice.backgroundSilent';
  if (/quota|storage.*full|disk/i.test(reason)) return 'popup.advice.diskFull';
  if (/cannot access|cannot be scripted|extensions gallery|missing host permission/i.test(reason))
    return 'popup.advice.protectedPage';
  return 'popup.advice.other';
}
