/** Happy DOM has no Custom Highlight API: a registry of sets of ranges stands in for it. */
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

/**
 * Gives a Happy DOM window the Custom Highlight API, as Chromium and Firefox have it (the
 * painter constructs `Highlight` from the global scope): the registry it paints into, and a way
 * to take it away again.
 */
export function withCustomHighlights(doc: Document): {
  registry: Map<string, Set<Range>>;
  remove(): void;
} {
  const registry = new Map<string, Set<Range>>();
  const win = doc.defaultView as unknown as Record<string, unknown>;
  win.Highlight = FakeHighlight;
  // Its window makes a new CSS object on each read: this one is kept.
  Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
  const scope = globalThis as Record<string, unknown>;
  const before = scope.Highlight;
  scope.Highlight = FakeHighlight;
  return {
    registry,
    remove() {
      delete win.Highlight;
      delete win.CSS;
      if (before === undefined) delete scope.Highlight;
      else scope.Highlight = before;
    },
  };
}

/** What a registry shows: each highlight's text, by name. */
export function shownIn(registry: Map<string, Set<Range>>): Record<string, string[]> {
  return Object.fromEntries([...registry].map(([name, ranges]) => [name, [...ranges].map(String)]));
}
