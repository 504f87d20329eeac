/** Receiving side of the protocol, for the background: every request is parsed with zod. */
import { z } from 'zod';
import type { Problem } from '../formats/import/problem.ts';
import { errorMessage, messenger } from './client.ts';
import { type MessageName, protocol, type ResponseOf, type Result } from './protocol.ts';

type Protocol = typeof protocol;

export interface Sender {
  tabId?: number;
  url?: string;
}

/** A handler's refusal on purpose: its problems reach the page, which says them in its language. */
export class Refusal extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((problem) => problem.code).join(', '));
  }
}

/** Registers the background's handler: the request is parsed first, errors are caught. */
export function handle<N extends MessageName>(
  name: N,
  handler: (data: z.infer<Protocol[N]['request']>, sender: Sender) => Promise<ResponseOf<N>>,
): () => void {
  const schema = protocol[name].request;
  return messenger.onMessage(name as string, async (message): Promise<Result<unknown>> => {
    const parsed = schema.safeParse(message.data);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid-request', message: z.prettifyError(parsed.error) },
      };
    }
    try {
      const sender = { tabId: message.sender.tab?.id, url: message.sender.url };
      return { ok: true, value: await handler(parsed.data as never, sender) };
    } catch (error) {
      if (error instanceof Refusal) {
        return {
          ok: false,
          error: { code: 'refused', message: error.message, problems: error.problems },
        };
      }
      return { ok: false, error: { code: 'failed', message: errorMessage(error) } };
    }
  });
}
