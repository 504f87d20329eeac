// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTextIndex } from '../../../utils/anchoring/text-index.ts';
import { createCustomHighlightPainter } from '../../../utils/highlight/custom-highlights.ts';
import { highlightsAt } from '../../../utils/highlight/hit-test.ts';
import { highlightRule, markRule } from '../../../utils/highlight/styles.ts';
import type { PaintedHighlight } from '../../../utils/highlight/types.ts';
import { runUnobserved, watchReanchor } from '../../../utils/highlight/watch.ts';
import { createWrappingPainter } from '../../../utils/highlight/wrapping.ts';

function page(html: string): HTMLElement {
  document.body.innerHTML = `<main>${html}</main>`;
  return document.body.firstElementChild as HTMLElement;
}

function rangeOf(root: HTMLElement, start: number, end: number): Range {
  return buildTextIndex(root).rangeFromOffsets(start, end);
}

function rect(left: number, top: number, right: number, bottom: number): DOMRect {
  return {
    left,
    top,
    right,
    bottom,
    x: left,
    y: top,
    width: right - left,
    height: bottom - top,
  } as DOMRect;
}

function withRects(range: Range, rects: DOMRect[]): Range {
  range.getClientRects = () => rects as unknown as DOMRectList;
  return range;
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the wrapping fallback', () => {
  const html = '<p>States <em>Parties</em> shall adopt</p><p>such measures</p>';

  it('wraps each piece of text in a mark of Redline’s own, and the text index reads through it', () => {
    const root = page(html);
    const before = buildTextIndex(root).text;
    const painter = createWrappingPainter(document, () => {});
    painter.paint([
      { id: 'a1', range: rangeOf(root, 3, 19), layer: 'mine', colour: '#ffe066', status: 'exact' },
      { id: 'a2', range: rangeOf(root, 27, 31), layer: 'team', colour: '#74c0fc', status: 'fuzzy' },
    ]);
    const marks = [...root.querySelectorAll('mark[data-redline-ui]')] as HTMLElement[];
    expect(marks.map((mark) => [mark.dataset.redlineId, mark.textContent])).toEqual([
      ['a1', 'tes '],
      ['a1', 'Parties'],
      ['a1', ' shal'],
      ['a2', 'such'],
    ]);
    expect(marks[3]?.getAttribute('style')).toContain('dashed');
    expect(marks[0]?.getAttribute('style')).not.toContain('dashed');
    expect(buildTextIndex(root).text).toBe(before);
  });

  it('leaves the page as it was once cleared', () => {
    const root = page(html);
    const painter = createWrappingPainter(document, () => {});
    painter.paint([
      { id: 'a1', range: rangeOf(root, 3, 19), layer: 'mine', colour: '#ffe066', status: 'exact' },
    ]);
    painter.clear();
    expect(root.innerHTML).toBe(html);
  });
});

describe('hit testing', () => {
  it('finds the annotations whose rectangles hold the point, innermost last', () => {
    const root = page('<p>States Parties shall adopt such legislative measures</p>');
    const painted: PaintedHighlight[] = [
      {
        id: 'outer',
        range: withRects(rangeOf(root, 0, 40), [rect(0, 0, 300, 20)]),
        layer: 'mine',
        colour: '#ffe066',
        status: 'exact',
      },
      {
        id: 'inner',
        range: withRects(rangeOf(root, 7, 14), [rect(50, 0, 100, 20)]),
        layer: 'team',
        colour: '#74c0fc',
        status: 'fuzzy',
      },
      {
        id: 'elsewhere',
        range: withRects(rangeOf(root, 41, 50), [rect(0, 30, 80, 50)]),
        layer: 'mine',
        colour: '#ffe066',
        status: 'exact',
      },
    ];
    expect(highlightsAt(painted, 60, 10)).toEqual(['outer', 'inner']);
    expect(highlightsAt(painted, 200, 10)).toEqual(['outer']);
    expect(highlightsAt(painted, 40, 40)).toEqual(['elsewhere']);
    expect(highlightsAt(painted, 400, 400)).toEqual([]);
  });
});

describe('the Custom Highlight API painter', () => {
  it('registers one highlight per layer and status, fuzzy styled apart', () => {
    const registry = new Map<string, Set<Range>>();
    class FakeHighlight extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    }
    const win = document.defaultView as unknown as Record<string, unknown>;
    vi.stubGlobal('Highlight', FakeHighlight);
    const css = (win.CSS ?? {}) as Record<string, unknown>;
    const previous = css.highlights;
    css.highlights = registry;
    win.CSS = css;
    try {
      const root = page('<p>States Parties shall adopt such measures</p>');
      const painter = createCustomHighlightPainter(document, () => {});
      painter.paint([
        { id: 'a', range: rangeOf(root, 0, 6), layer: 'mine', colour: '#ffe066', status: 'exact' },
        { id: 'b', range: rangeOf(root, 7, 14), layer: 'mine', colour: '#ffe066', status: 'exact' },
        {
          id: 'c',
          range: rangeOf(root, 15, 20),
          layer: 'mine',
          colour: '#ffe066',
          status: 'fuzzy',
        },
        {
          id: 'd',
          range: rangeOf(root, 21, 26),
          layer: 'team',
          colour: '#74c0fc',
          status: 'exact',
        },
      ]);
      expect([...registry.keys()].sort()).toEqual([
        'redline-layer0-exact',
        'redline-layer0-fuzzy',
        'redline-layer1-exact',
      ]);
      expect(registry.get('redline-layer0-exact')?.size).toBe(2);
      const style = document.head.querySelector('style[data-redline-ui]')?.textContent ?? '';
      expect(style).toMatch(/::highlight\(redline-layer0-fuzzy\) \{[^}]*dashed/);
      expect(style).not.toMatch(/::highlight\(redline-layer0-exact\) \{[^}]*dashed/);
      expect(root.querySelector('mark')).toBeNull();
      painter.clear();
      expect(registry.size).toBe(0);
    } finally {
      css.highlights = previous;
      vi.unstubAllGlobals();
    }
  });
});

describe('watching for changes that call for re-anchoring', () => {
  async function settle() {
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(300);
  }

  it('re-anchors once after a burst of changes to the page text', async () => {
    vi.useFakeTimers();
    const root = page('<p>States Parties</p>');
    const reanchor = vi.fn();
    const stop = watchReanchor(root, reanchor, 250);
    const text = root.querySelector('p')?.firstChild as Text;
    text.data = 'States Parties shall';
    root.append(document.createElement('p'));
    await settle();
    expect(reanchor).toHaveBeenCalledTimes(1);
    stop();
  });

  it('ignores Redline’s own UI and its own wrapping', async () => {
    vi.useFakeTimers();
    const root = page('<p>States Parties</p><div data-redline-ui><span>panel</span></div>');
    const reanchor = vi.fn();
    const stop = watchReanchor(root, reanchor, 250);
    root.querySelector('[data-redline-ui] span')?.append('more');
    const toolbar = document.createElement('redline-ui');
    root.append(toolbar);
    toolbar.remove();
    runUnobserved(() => {
      const text = root.querySelector('p')?.firstChild as Text;
      text.splitText(6);
    });
    await settle();
    expect(reanchor).not.toHaveBeenCalled();
    stop();
  });

  it('stops when asked', async () => {
    vi.useFakeTimers();
    const root = page('<p>States Parties</p>');
    const reanchor = vi.fn();
    watchReanchor(root, reanchor, 250)();
    root.append('changed');
    await settle();
    expect(reanchor).not.toHaveBeenCalled();
  });
});

describe('highlight styles from untrusted layer colours', () => {
  it('keeps a #rrggbb colour and refuses anything that could escape the rule', () => {
    expect(highlightRule('redline-layer0-exact', '#e57373', 'exact')).toBe(
      '::highlight(redline-layer0-exact) { background-color: color-mix(in srgb, #e57373 45%, transparent); }',
    );
    const hostile = 'red; } body { display: none } ::highlight(x) { color: red';
    expect(highlightRule('redline-layer1-fuzzy', hostile, 'fuzzy')).not.toContain('body');
    expect(markRule(hostile, 'exact')).toBe(
      'background-color: color-mix(in srgb, #ffd54f 45%, transparent); color: inherit;',
    );
  });
});
