import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { requestPersistentStorage } from './db/persistence.ts';
import { followLanguage, startLanguage } from './i18n/ui-language.ts';

/** Mounts an extension page and asks once for persistent storage. */
export async function mountExtensionPage(node: ReactNode): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root element');
  // The page speaks the chosen language from its first paint, and follows a change at once.
  await startLanguage();
  followLanguage(document.documentElement);
  createRoot(container).render(<StrictMode>{node}</StrictMode>);
  void requestPersistentStorage();
}
