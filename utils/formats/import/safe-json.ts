import type { ParseLimits } from './limits.ts';
import { prescanJson } from './prescan.ts';
import { type Problem, problem, technicalProblem } from './problem.ts';
import { fail, type OnReadProgress, type ParseResult, succeed } from './result.ts';

/** Megabytes to one decimal, the unit the sentence names. */
const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

export function fileTooLarge(size: number, maxBytes: number): Problem {
  return problem('fileTooLarge', { size: megabytes(size), maximum: megabytes(maxBytes) });
}

function decodeUtf8(bytes: Uint8Array): ParseResult<string> {
  try {
    return succeed(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return fail(problem(error instanceof RangeError ? 'fileTooLargeToDecode' : 'notUtf8'));
  }
}

/**
 * Parses JSON from an untrusted source: size first, then UTF-8, then a linear pre-scan of depth,
 * counts, string lengths and keys, then JSON.parse; prototype-rewriting keys the pre-scan found
 * refuse the file once it is known to be JSON.
 */
export function parseUntrustedJson(
  input: string | Uint8Array,
  limits: ParseLimits,
  onProgress?: OnReadProgress,
): ParseResult<unknown> {
  // A string's UTF-16 length never exceeds its UTF-8 size, so one bound serves both.
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > limits.maxBytes) {
    return fail(fileTooLarge(size, limits.maxBytes));
  }
  const decoded = typeof input === 'string' ? succeed(input) : decodeUtf8(input);
  if (!decoded.ok) return decoded;
  const text = decoded.value.replace(/^\uFEFF/, '');
  const scan = prescanJson(text, limits, onProgress);
  if (scan.limitError) return fail(scan.limitError);
  onProgress?.({ phase: 'parsing' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(
      scan.cutOff
        ? problem('cutOff')
        : // The engine's own words say where: a detail, in the engine's language.
          technicalProblem('notJson', (error as Error).message),
    );
  }
  return scan.forbiddenKeys.length > 0 ? fail(...scan.forbiddenKeys) : succeed(value);
}
