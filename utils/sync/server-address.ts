import { problem } from '../formats/import/problem.ts';
import { fail, type ParseResult, succeed } from '../formats/import/result.ts';

/** Hosts that never leave this machine: plain HTTP to them exposes nothing on a network. */
function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  return /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The address of a sync server as the user typed it. Credentials travel with every request, so
 * any server that is not on this machine must be reached over TLS; credentials written into the
 * address are refused because they would end up in logs and in the stored address.
 */
export function parseServerAddress(text: string): ParseResult<URL> {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return fail(problem('sync.addressInvalid', { address: text }));
  }
  if (url.username || url.password) {
    return fail(problem('sync.addressWithCredentials'));
  }
  if (url.search || url.hash) return fail(problem('sync.addressWithQuery'));
  if (url.protocol === 'https:') return succeed(url);
  if (url.protocol === 'http:') {
    if (isLoopback(url.hostname)) return succeed(url);
    return fail(problem('sync.addressNotEncrypted', { host: url.host }));
  }
  return fail(problem('sync.addressProtocol', { protocol: url.protocol }));
}
