import type { PaintedHighlight } from './types.ts';

/**
 * The annotations whose passage covers a point of the viewport, innermost last: where
 * highlights overlap, the shortest passage is the one the user most likely pointed at.
 */
export function highlightsAt(painted: readonly PaintedHighlight[], x: number, y: number): string[] {
  const hits = new Map<string, number>();
  for (const { id, range } of painted) {
    const covers = Array.from(range.getClientRects()).some(
      (rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom,
    );
    if (!covers) continue;
    const length = range.toString().length;
    hits.set(id, Math.min(hits.get(id) ?? length, length));
  }
  return [...hits].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
