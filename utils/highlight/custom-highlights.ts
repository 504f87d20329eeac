import { highlightsAt } from './hit-test.ts';
import { highlightName, highlightRule } from './styles.ts';
import type { HighlightPainter, PaintedHighlight } from './types.ts';

/** Whether the CSS Custom Highlight API is there (Chrome 105+, Firefox 140+). */
export function supportsCustomHighlights(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && Boolean(win.CSS?.highlights);
}

/**
 * Paints with the CSS Custom Highlight API: the page's DOM is left untouched, so the page's own
 * scripts and Redline's text index never see Redline's marks. One Highlight per layer+status.
 */
export function createCustomHighlightPainter(
  doc: Document,
  flash: (range: Range) => void,
): HighlightPainter {
  const registry = doc.defaultView?.CSS.highlights as HighlightRegistry;
  const style = doc.createElement('style');
  style.setAttribute('data-redline-ui', '');
  (doc.head ?? doc.documentElement).append(style);
  let painted: readonly PaintedHighlight[] = [];
  let names: string[] = [];

  const clear = () => {
    for (const name of names) registry.delete(name);
    names = [];
    painted = [];
    style.textContent = '';
  };

  return {
    paint(highlights) {
      clear();
      const layers = new Map<string, number>();
      const groups = new Map<
        string,
        { ranges: Range[]; colour: string; status: 'exact' | 'fuzzy' }
      >();
      for (const highlight of highlights) {
        if (!layers.has(highlight.layer)) layers.set(highlight.layer, layers.size);
        const name = highlightName(layers.get(highlight.layer) as number, highlight.status);
        const group = groups.get(name) ?? {
          ranges: [],
          colour: highlight.colour,
          status: highlight.status,
        };
        group.ranges.push(highlight.range);
        groups.set(name, group);
      }
      const rules: string[] = [];
      for (const [name, group] of groups) {
        registry.set(name, new Highlight(...group.ranges));
        rules.push(highlightRule(name, group.colour, group.status));
        names.push(name);
      }
      style.textContent = rules.join('\n');
      painted = highlights;
    },
    hitTest: (x, y) => highlightsAt(painted, x, y),
    flash,
    clear,
  };
}
