import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { MessageKey } from '../locales/en.ts';
import { requestPersistentStorage } from './db/persistence.ts';
import { loadCatalog } from './i18n/catalogs.ts';
import { followLanguage, startLanguage, subscribeToLanguage, t } from './i18n/ui-language.ts';

/**
 * Mounts an extension page titled in the UI language (the HTML's English title shows only
 * until then) and asks once for persistent storage.
 */
export async function mountExtensionPage(node: ReactNode, title: MessageKey): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root element');
  // The page speaks the chosen language from its first paint, and follows a change at once.
  await startLanguage(loadCatalog);
  followLanguage(document.documentElement);
  const retitle = () => {
    document.title = t(title);
  };
  retitle();
  subscribeToLanguage(retitle);
  createRoot(container).render(<StrictMode>{node}</StrictMode>);
  void requestPersistentStorage();
}
