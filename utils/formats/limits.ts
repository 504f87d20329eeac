import { SELECTOR_LIMITS } from '../anchoring/selectors.ts';

/** Upper bounds on untrusted input: imported files, messages from pages, comment fields. */
export const LIMITS = {
  shortText: SELECTOR_LIMITS.shortText,
  longText: 20_000,
  quote: SELECTOR_LIMITS.quote,
  tags: 50,
  url: 4_096,
  links: 50,
  replies: 500,
  /**
   * One version of a document's text, as the page gave it (the longest text any record holds):
   * what the background accepts to store is what a backup must bring back.
   */
  documentText: 20_000_000,
  /** Text versions a document record remembers: the newest ones, when a page changes often. */
  documentVersions: 1_000,
} as const;
