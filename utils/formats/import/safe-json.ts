import type { ParseLimits } from './limits.ts';
import { prescanJson } from './prescan.ts';
import { fail, type OnReadProgress, type ParseResult, succeed } from './result.ts';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function decodeUtf8(bytes: Uint8Array): ParseResult<string> {
  try {
    return succeed(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return fail(
      error instanceof RangeError
        ? 'the file is too large for this browser to read as text'
        : 'the file is not JSON: it is not UTF-8 text',
    );
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
    return fail(
      `the file is ${megabytes(size)}; Redline reads files up to ${megabytes(limits.maxBytes)}`,
    );
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
        ? 'the file is cut off: its JSON ends before it is complete. It may not have finished downloading or copying; use the whole file'
        : `the file is not valid JSON (${(error as Error).message})`,
    );
  }
  return scan.forbiddenKeys.length > 0 ? fail(...scan.forbiddenKeys) : succeed(value);
}
