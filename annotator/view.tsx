import { createRoot } from 'react-dom/client';
import { AnnotatorApp } from './AnnotatorApp.tsx';
import type { AnnotatorController } from './controller.ts';

/** The annotator's React view (toolbar, editor, page strip, toasts) in its shadow root. */
export function renderAnnotatorView(controller: AnnotatorController, mount: HTMLElement): void {
  createRoot(mount).render(<AnnotatorApp controller={controller} />);
}
