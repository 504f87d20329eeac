import { errorMessage } from '../messaging/client.ts';

/**
 * What a page says: a sentence in the UI language and, apart from it, a technical detail (an
 * engine's or exception's own words, in no particular language), never spliced into it.
 */
export interface Notice {
  text: string;
  detail?: string | undefined;
}

/** A failure Redline already phrased in the UI language: its message is the whole notice. */
export class SaidError extends Error {
  override name = 'SaidError';
}

/** `text` says what failed; the exception's own words go apart, unless Redline phrased them. */
export function failureNotice(text: string, error: unknown): Notice {
  return error instanceof SaidError
    ? { text: error.message }
    : { text, detail: errorMessage(error) };
}
