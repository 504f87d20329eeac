import {
  autoUpdate,
  computePosition,
  flip,
  type Middleware,
  offset,
  type Placement,
  type Strategy,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import {
  type CSSProperties,
  type RefCallback,
  useCallback,
  useLayoutEffect,
  useState,
} from 'react';

/** The passage a floating control belongs to: the ranges it covers on the page now. */
export type Passage = readonly Range[];

const EDGE = 8;
/** Beside the passage only when the editor keeps a usable width there. */
const EDITOR_MIN_WIDTH = 320;
/** Below or above the passage only when a few fields of the editor fit there. */
const EDITOR_MIN_HEIGHT = 220;

function boundsOf(passage: Passage): DOMRect {
  const rects = passage.flatMap((range) => [...range.getClientRects()]);
  if (rects.length === 0) return passage[0]?.getBoundingClientRect() ?? new DOMRect();
  const left = Math.min(...rects.map((rect) => rect.left));
  const top = Math.min(...rects.map((rect) => rect.top));
  const right = Math.max(...rects.map((rect) => rect.right));
  const bottom = Math.max(...rects.map((rect) => rect.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

function virtualElement(passage: Passage): VirtualElement {
  const start = passage[0]?.startContainer;
  const context = start?.nodeType === Node.TEXT_NODE ? start.parentElement : (start as Element);
  return {
    getBoundingClientRect: () => boundsOf(passage),
    getClientRects: () => passage.flatMap((range) => [...range.getClientRects()]),
    ...(context ? { contextElement: context } : {}),
  };
}

/**
 * Where the editor goes: beside the passage when it fits there (the reading end first), else
 * below or above it, else on the side with the most room. Never over the passage itself.
 */
export function editorSide(
  bounds: { left: number; top: number; right: number; bottom: number },
  viewport: { width: number; height: number },
  direction: 'ltr' | 'rtl',
): Placement {
  const room: Array<[Placement, number, number]> = [
    ['right-start', viewport.width - bounds.right - 2 * EDGE, EDITOR_MIN_WIDTH],
    ['left-start', bounds.left - 2 * EDGE, EDITOR_MIN_WIDTH],
    ['bottom-start', viewport.height - bounds.bottom - 2 * EDGE, EDITOR_MIN_HEIGHT],
    ['top-start', bounds.top - 2 * EDGE, EDITOR_MIN_HEIGHT],
  ];
  if (direction === 'rtl') room.unshift(...room.splice(1, 1));
  const fitting = room.find(([, space, needed]) => space >= needed);
  if (fitting) return fitting[0];
  return room.reduce((best, side) => (side[1] / side[2] > best[1] / best[2] ? side : best))[0];
}

/** Caps the floating element to the room left on its side, so it cannot grow over the passage. */
const fitRoom: Middleware = size({
  padding: EDGE,
  apply({ availableWidth, availableHeight, elements, placement }) {
    elements.floating.style.maxWidth = `${Math.max(0, availableWidth)}px`;
    // Beside the passage it may take the viewport's height (shift slides it up from the foot)
    // without covering the passage; above or below it, only the room on that side.
    const beside = placement.startsWith('left') || placement.startsWith('right');
    const height = beside
      ? elements.floating.ownerDocument.documentElement.clientHeight - 2 * EDGE
      : availableHeight;
    elements.floating.style.maxHeight = `${Math.max(0, height)}px`;
  },
});

const UNPLACED: CSSProperties = { top: 0, left: 0, visibility: 'hidden' };
const UNPLACED_EDITOR: CSSProperties = { top: 0, left: 0, opacity: 0, pointerEvents: 'none' };

interface FloatingOptions {
  strategy: Strategy;
  placement: (passage: Passage, floating: HTMLElement) => Placement;
  middleware: Middleware[];
  /**
   * Once placed, the control stays on that side of the passage as the page scrolls (these
   * middleware then), instead of choosing its side again at every scroll.
   */
  keepSide?: Middleware[];
}

const TOOLBAR: FloatingOptions = {
  strategy: 'absolute',
  placement: () => 'bottom-start',
  // Below the passage, above it when the viewport's foot is near; slid sideways, never onto it.
  middleware: [offset(6), flip({ fallbackPlacements: ['top-start'] }), shift({ padding: EDGE })],
  // A toolbar that flipped to the other side when the page scrolled would leave the pointer
  // on the way to it, or under a press: the press on Comment then ends on the page, no click.
  keepSide: [offset(6), shift({ padding: EDGE })],
};

const EDITOR: FloatingOptions = {
  strategy: 'fixed',
  placement: (passage, floating) => {
    const view = floating.ownerDocument.documentElement;
    const direction = getComputedStyle(passage[0]?.startContainer.parentElement ?? view)
      .direction as 'ltr' | 'rtl';
    return editorSide(
      boundsOf(passage),
      { width: view.clientWidth, height: view.clientHeight },
      direction,
    );
  },
  middleware: [offset(12), fitRoom, shift({ padding: EDGE })],
};

/**
 * Keeps a floating control (the selection toolbar, the comment editor) beside the passage it
 * acts on while the page scrolls and resizes. Returns the ref for the floating element and its
 * initial style; with no passage (a comment not placed on the page) the element keeps its CSS
 * place.
 */
export function useBesidePassage(
  passage: Passage | undefined,
  kind: 'toolbar' | 'editor',
): { ref: RefCallback<HTMLElement>; style: CSSProperties } {
  const [floating, setFloating] = useState<HTMLElement | null>(null);
  const ref = useCallback((element: HTMLElement | null) => setFloating(element), []);
  const options = kind === 'toolbar' ? TOOLBAR : EDITOR;
  useLayoutEffect(() => {
    if (!floating || !passage || passage.length === 0) return;
    const reference = virtualElement(passage);
    let side: Placement | undefined;
    let pressed = false;
    let afterPress: ReturnType<typeof setTimeout> | undefined;
    const place = () => {
      // Nothing moves under a press: it would end outside the button it began on, and no click.
      if (pressed) return;
      const where =
        options.keepSide && side
          ? { placement: side, middleware: options.keepSide }
          : { placement: options.placement(passage, floating), middleware: options.middleware };
      void computePosition(reference, floating, { strategy: options.strategy, ...where }).then(
        ({ x, y, placement }) => {
          side ??= placement;
          Object.assign(floating.style, {
            position: options.strategy,
            left: `${x}px`,
            top: `${y}px`,
            right: 'auto',
            visibility: 'visible',
            opacity: '',
            pointerEvents: '',
          });
        },
      );
    };
    const press = () => {
      pressed = true;
    };
    // Wherever the press ends; the move held back during it comes after the click.
    const release = () => {
      if (!pressed) return;
      pressed = false;
      afterPress = setTimeout(place);
    };
    const view = floating.ownerDocument.defaultView ?? window;
    floating.addEventListener('pointerdown', press);
    view.addEventListener('pointerup', release, true);
    view.addEventListener('pointercancel', release, true);
    const stopUpdates = autoUpdate(reference, floating, place);
    return () => {
      stopUpdates();
      clearTimeout(afterPress);
      floating.removeEventListener('pointerdown', press);
      view.removeEventListener('pointerup', release, true);
      view.removeEventListener('pointercancel', release, true);
    };
  }, [floating, passage, options]);
  return {
    ref,
    // Unseen until placed: a first frame at the corner would flash over the page. The editor is
    // transparent rather than hidden, since `visibility: hidden` refuses the focus it takes.
    style: !passage || passage.length === 0 ? {} : kind === 'editor' ? UNPLACED_EDITOR : UNPLACED,
  };
}
