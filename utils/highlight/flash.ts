/** The highlight colour, half strength: a glow that fades, never a square that looks like focus. */
const GLOW = 'rgba(255, 213, 79, 0.55)';

/**
 * Lights a passage up for a moment, so the eye finds it after a scroll. The boxes are
 * Redline's own elements, outside the page's content, and remove themselves. No outline: a
 * blue square on a heading reads as keyboard focus that is not there.
 */
export function flashRange(doc: Document, range: Range, durationMs = 1600): void {
  const layer = doc.createElement('div');
  layer.setAttribute('data-redline-ui', '');
  layer.setAttribute('aria-hidden', 'true');
  const win = doc.defaultView ?? window;
  for (const rect of range.getClientRects()) {
    const box = doc.createElement('div');
    Object.assign(box.style, {
      position: 'absolute',
      zIndex: '2147483645',
      pointerEvents: 'none',
      left: `${rect.left + win.scrollX - 2}px`,
      top: `${rect.top + win.scrollY - 2}px`,
      width: `${rect.width + 4}px`,
      height: `${rect.height + 4}px`,
      backgroundColor: GLOW,
      borderRadius: '2px',
      transition: `background-color ${durationMs}ms ease-out`,
    });
    layer.append(box);
  }
  doc.documentElement.append(layer);
  win.requestAnimationFrame(() => {
    for (const box of layer.children) (box as HTMLElement).style.backgroundColor = 'transparent';
  });
  win.setTimeout(() => layer.remove(), durationMs);
}
