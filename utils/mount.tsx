import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { requestPersistentStorage } from './db/persistence.ts';

/** Mounts an extension page and asks once for persistent storage. */
export function mountExtensionPage(node: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root element');
  createRoot(container).render(<StrictMode>{node}</StrictMode>);
  void requestPersistentStorage();
}
