/**
 * Sending side of the typed protocol, safe for content scripts: it carries no schemas, so zod
 * stays out of the page. Failures come back as typed error values, never as rejections.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { MessageName, RequestOf, ResponseOf, Result } from './protocol.ts';

// The library's map is kept loose on purpose: `request` and `handle` carry the precise types,
// and the zod schemas check what actually crosses the boundary.
type LooseProtocolMap = Record<string, (request: unknown) => Result<unknown>>;

export const messenger = defineExtensionMessaging<LooseProtocolMap>();

/** Sends a request to the background; transport failures become `unreachable` errors. */
export async function request<N extends MessageName>(
  name: N,
  data: RequestOf<N>,
): Promise<Result<ResponseOf<N>>> {
  try {
    return (await messenger.sendMessage(name as string, data)) as Result<ResponseOf<N>>;
  } catch (error) {
    return { ok: false, error: { code: 'unreachable', message: errorMessage(error) } };
  }
}

/** Like `request`, for callers that prefer an exception they catch themselves. */
export async function requestOrThrow<N extends MessageName>(
  name: N,
  data: RequestOf<N>,
): Promise<ResponseOf<N>> {
  return valueOrThrow(await request(name, data));
}

/** A request's answer, or its error thrown. */
export function valueOrThrow<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
