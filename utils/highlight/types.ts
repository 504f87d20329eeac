/** One passage to paint: which annotation, where, in which layer colour, how sure. */
export interface PaintedHighlight {
  id: string;
  range: Range;
  layer: string;
  colour: string;
  status: 'exact' | 'fuzzy';
}

export interface HighlightPainter {
  /** Replaces everything painted before with these highlights. */
  paint(highlights: readonly PaintedHighlight[]): void;
  /** The annotations whose passage covers a point of the viewport, innermost last. */
  hitTest(x: number, y: number): string[];
  /** Draws the eye to a passage for a moment. */
  flash(range: Range): void;
  clear(): void;
}
