import { request } from '../utils/messaging/client.ts';
import type { AnnotatorController } from './controller.ts';

/**
 * A heading above the middle of the view is being read: choosing an entry in the outline
 * centres its heading (`reveal`), so the entry chosen is the one then marked.
 */
const READING_LINE = 0.5;
/** Scroll events come by the dozen: the reading place is measured at most this often. */
const SETTLE_MS = 120;

/**
 * Tells the side panel which provision the reader is in while the draft scrolls (the page's own
 * scroll or any scrolling box in it, such as the PDF viewer's), once per change.
 */
export function followReading(doc: Document, controller: AnnotatorController): void {
  let told: number | undefined | null = null;
  let queued = false;
  const measure = () => {
    queued = false;
    const start = controller.readingAt((doc.defaultView?.innerHeight ?? 0) * READING_LINE);
    if (start === told) return;
    told = start;
    void request('readingAt', start === undefined ? {} : { start });
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    setTimeout(measure, SETTLE_MS);
  };
  doc.addEventListener('scroll', queue, { capture: true, passive: true });
  doc.defaultView?.addEventListener('resize', queue, { passive: true });
  measure();
}
