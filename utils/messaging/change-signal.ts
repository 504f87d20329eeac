import { browser } from 'wxt/browser';

/** Any document: an import or a layer toggle can touch many at once. */
export const EVERY_DOCUMENT = '*';
const KEY = 'lastChange';

export interface ChangeSignal {
  documentKey: string;
  at: number;
}

/**
 * Tells every annotator in every tab that a document's annotations changed, so open pages
 * repaint without a reload. The data itself stays in IndexedDB; this is only a doorbell.
 */
export async function signalChange(documentKey: string): Promise<void> {
  const signal: ChangeSignal = { documentKey, at: Date.now() };
  await browser.storage.local.set({ [KEY]: signal });
}

export function onChangeSignal(documentKey: string, react: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const signal = changes[KEY]?.newValue as ChangeSignal | undefined;
    if (area !== 'local' || !signal) return;
    if (signal.documentKey === documentKey || signal.documentKey === EVERY_DOCUMENT) react();
  });
}

/** Any change to any document: the background's live sets send this browser's edits on it. */
export function onAnyChangeSignal(react: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[KEY]?.newValue) react();
  });
}
