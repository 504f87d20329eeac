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
} as const;
