/** Exit codes DESIGN.md fixes for the command line. */
export const EXIT_BAD_INPUT = 1;
export const EXIT_BAD_USAGE = 2;

/** Bad input (unreadable file, invalid content): reported on stderr, exit 1. */
export class InputError extends Error {
  override name = 'InputError';
}
