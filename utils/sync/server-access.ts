import { browser } from 'wxt/browser';
import { type Problem, problem } from '../formats/import/problem.ts';
import { parseServerAddress } from './server-address.ts';

/**
 * Asks the browser for access to a sync server that is not on this machine (those are granted
 * at install). Call it straight from the click: the browser asks the user only during one.
 * Resolves with the reasons when access is not given.
 */
export async function askForServerAccess(address: string): Promise<Problem[] | undefined> {
  const parsed = parseServerAddress(address);
  if (!parsed.ok) return parsed.errors;
  if (parsed.value.protocol === 'http:') return undefined;
  const origins = [`${parsed.value.origin}/*`];
  if (await browser.permissions.contains({ origins })) return undefined;
  const granted = await browser.permissions.request({ origins });
  return granted ? undefined : [problem('sync.accessDenied', { host: parsed.value.host })];
}
