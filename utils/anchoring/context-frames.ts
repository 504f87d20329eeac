import type { CollapsedQuote } from './quote.ts';

/** Context this long on each side marks where a passage stood (the prefix's end, the suffix's start). */
const CONTEXT_PROBE = 16;

/** What stands between the end of a passage's prefix and the start of its suffix (collapsed offsets). */
export interface Frame {
  start: number;
  end: number;
}

/**
 * The places in `text` between `from` and `to` still framed by the passage's context: its
 * prefix's end, then its suffix's start at most about the quote's length further on. Such a
 * frame is where the passage stood, whatever became of its words; an empty one means they were
 * cut there. With `outer`, the frame is the prefix's start and the suffix's end instead, which
 * still stand when a cut took the context next to the passage too. Context shorter than the
 * probe (a passage at the text's edge, another tool's quote) frames nothing.
 */
export function contextFrames(
  text: string,
  quote: CollapsedQuote,
  from: number,
  to: number,
  outer = false,
): Frame[] {
  const prefix = quote.prefix.trim();
  const suffix = quote.suffix.trim();
  const before = outer ? prefix.slice(0, CONTEXT_PROBE) : prefix.slice(-CONTEXT_PROBE);
  const after = outer ? suffix.slice(-CONTEXT_PROBE) : suffix.slice(0, CONTEXT_PROBE);
  if (before.length < CONTEXT_PROBE || after.length < CONTEXT_PROBE) return [];
  const context = outer ? prefix.length + suffix.length : 2 * CONTEXT_PROBE;
  const reach = 2 * quote.exact.length + context - CONTEXT_PROBE;
  const offset = Math.max(0, from);
  const window = text.slice(offset, to + reach + CONTEXT_PROBE);
  const frames: Frame[] = [];
  for (let at = window.indexOf(before); at !== -1; at = window.indexOf(before, at + 1)) {
    const start = at + before.length;
    const end = window.indexOf(after, start);
    if (end !== -1 && end - start <= reach && offset + at < to) {
      frames.push({ start: offset + start, end: offset + end });
    }
  }
  return frames;
}

/** A frame with nothing but a space left in it: the passage's words were cut there. */
export function isClosedUp(text: string, frame: Frame): boolean {
  return text.slice(frame.start, frame.end).trim() === '';
}
