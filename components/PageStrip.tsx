import { useId, useState } from 'react';

export interface StripLayer {
  id: string;
  name: string;
  colour: string;
  visible: boolean;
  count: number;
}

/**
 * A small strip in the page's corner: how many comments and highlights this page holds, how many could not
 * be placed on this version (never hidden), and the layers, each with its toggle.
 */
export function PageStrip(props: {
  comments: number;
  highlights: number;
  notPlaced: number;
  layers: StripLayer[];
  onToggle: (id: string, visible: boolean) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  if (props.comments + props.highlights + props.notPlaced === 0) return null;
  return (
    <aside className="rl-strip" aria-label="Redline on this page">
      <span role="status">
        {stripSummary(props)}
        {props.notPlaced > 0
          ? ` · ${props.notPlaced} not placed on this version (see the workbench)`
          : ''}
      </span>
      {props.layers.length > 1 ? (
        <>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={`${id}-layers`}
            onClick={() => setOpen(!open)}
          >
            Layers
          </button>
          {open ? (
            <ul id={`${id}-layers`} className="rl-layers">
              {props.layers.map((layer) => (
                <li key={layer.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={layer.visible}
                      onChange={(event) => props.onToggle(layer.id, event.currentTarget.checked)}
                    />{' '}
                    <span
                      className="rl-swatch"
                      style={{ background: layer.colour }}
                      aria-hidden="true"
                    />{' '}
                    {layer.name} ({layer.count})
                  </label>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </aside>
  );
}

/** "2 comments · 1 highlight": a highlight has no comment, so it is never counted as one. */
export function stripSummary(counts: { comments: number; highlights: number }): string {
  const parts = [`${counts.comments} comment${counts.comments === 1 ? '' : 's'}`];
  if (counts.highlights > 0) {
    parts.push(`${counts.highlights} highlight${counts.highlights === 1 ? '' : 's'}`);
  }
  return parts.join(' · ');
}
