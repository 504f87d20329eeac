import { findForbiddenKeys } from './forbidden-keys.ts';
import type { ParseLimits } from './limits.ts';
import { prescanJson } from './prescan.ts';
import { fail, type ParseResult, succeed } from './result.ts';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function decodeUtf8(bytes: Uint8Array): ParseResult<string> {
  try {
    return succeed(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail('the file is not valid UTF-8 text');
  }
}

/**
 * Parses JSON from an untrusted source: size first, then UTF-8, then a linear pre-scan of depth,
 * counts and string lengths, then JSON.parse, then a scan for prototype-rewriting keys.
 */
export function parseUntrustedJson(
  input: string | Uint8Array,
  limits: ParseLimits,
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
  const scanError = prescanJson(text, limits);
  if (scanError) return fail(scanError);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`the file is not valid JSON (${(error as Error).message})`);
  }
  const forbidden = findForbiddenKeys(value);
  return forbidden.length > 0 ? fail(...forbidden) : succeed(value);
}
