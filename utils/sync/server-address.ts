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
export function parseServerAddress(text: string): ParseResult<URL, string> {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return fail(`"${text}" is not an address: write it like https://sync.example.org`);
  }
  if (url.username || url.password) {
    return fail('put the user name and password in their own fields, not in the address');
  }
  if (url.search || url.hash) return fail('the address of a sync server has no ? or # part');
  if (url.protocol === 'https:') return succeed(url);
  if (url.protocol === 'http:') {
    if (isLoopback(url.hostname)) return succeed(url);
    return fail(
      `${url.host} is not on this machine: use https:// so your password and comments are encrypted on the way`,
    );
  }
  return fail(`${url.protocol} is not a sync server address: use https://`);
}
