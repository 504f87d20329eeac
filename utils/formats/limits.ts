/** Upper bounds on untrusted input: imported files, messages from pages, comment fields. */
export const LIMITS = {
  shortText: 500,
  longText: 20_000,
  quote: 20_000,
  tags: 50,
  url: 4_096,
  links: 50,
  replies: 500,
} as const;
