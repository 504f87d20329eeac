import { browser } from 'wxt/browser';
import { canonicalUrl } from '../../utils/formats/document-key.ts';

/** Long enough for a slow page to be read; an answer nobody took is dropped after it. */
const KEPT_MS = 15_000;

/**
 * A tab's comments read by its address from the moment it starts loading, so that the draft's
 * content script, which asks once it has looked at the page, finds them read: reading them is
 * the background's slowest answer on a draft with hundreds of comments.
 */
export class AddressPrefetch<Answer> {
  private readonly pending = new Map<number, { url: string; answer: Promise<Answer> }>();

  constructor(private readonly read: (url: string) => Promise<Answer>) {}

  /** A tab started loading `url`: its comments are read now, for its content script. */
  loading(tabId: number, url: string): void {
    const address = canonicalUrl(url);
    const entry = { url: address, answer: this.read(address) };
    // Read for a page that may never ask (not a draft): nothing is waiting on it.
    entry.answer.catch(() => undefined);
    this.pending.set(tabId, entry);
    setTimeout(() => {
      if (this.pending.get(tabId) === entry) this.pending.delete(tabId);
    }, KEPT_MS);
  }

  closed(tabId: number): void {
    this.pending.delete(tabId);
  }

  /** The comments at `url` for this tab: read already when it started loading there, else now. */
  answer(tabId: number | undefined, url: string): Promise<Answer> {
    const address = canonicalUrl(url);
    const entry = tabId === undefined ? undefined : this.pending.get(tabId);
    if (tabId !== undefined) this.pending.delete(tabId);
    return entry?.url === address ? entry.answer : this.read(address);
  }
}

/** Starts reading as tabs start loading pages Redline may see (its hosts: the address is visible). */
export function prefetchOnNavigation<Answer>(prefetch: AddressPrefetch<Answer>): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' || !tab.url || !/^https?:/.test(tab.url)) return;
    prefetch.loading(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => prefetch.closed(tabId));
}
