import { request } from '../messaging/client.ts';
import type { ResponseOf, Result } from '../messaging/protocol.ts';

/** The comments at a page's address, as the background answers while the page loads. */
export type CommentsAtAddress = Promise<Result<ResponseOf<'annotationsAtAddress'>>>;

const KEY = Symbol.for('redline.comments-at-address');

type Scope = { [KEY]?: { url: string; answer: CommentsAtAddress } };

/**
 * Asks for the comments at the page's address as its document starts, long before the page is
 * read: while a page loads, every answer from the background takes 100–200 ms to come back on a
 * two-core machine (the browser rasterises, lays out and parses meanwhile), and the comments are
 * what a draft's first paint waits for. The answer is left in the isolated world the content
 * scripts share, for the one that reads the page.
 */
export function askCommentsAtAddress(url: string): void {
  (globalThis as Scope)[KEY] = { url, answer: request('annotationsAtAddress', { url }) };
}

/**
 * The comments at `url`: those asked for as the page started, once, when it is still at that
 * address; else asked for now. Without `url`, what was asked for is dropped (the page holds no
 * draft: nobody will take it).
 */
export function takeCommentsAtAddress(url: string): CommentsAtAddress;
export function takeCommentsAtAddress(): undefined;
export function takeCommentsAtAddress(url?: string): CommentsAtAddress | undefined {
  const scope = globalThis as Scope;
  const asked = scope[KEY];
  delete scope[KEY];
  if (url === undefined) return undefined;
  return asked?.url === url ? asked.answer : request('annotationsAtAddress', { url });
}
