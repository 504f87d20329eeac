import { useId, useState } from 'react';
import type { Translator } from '../utils/i18n/translate.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';

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
  const translator = useTranslator();
  const { t } = translator;
  if (props.comments + props.highlights + props.notPlaced === 0) return null;
  return (
    <aside className="rl-strip" aria-label={t('strip.region')}>
      <span role="status">
        {stripSummary(props, translator)}
        {props.notPlaced > 0 ? ` · ${t('strip.notPlaced', { count: props.notPlaced })}` : ''}
      </span>
      {props.layers.length > 1 ? (
        <>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={`${id}-layers`}
            onClick={() => setOpen(!open)}
          >
            {t('strip.layers')}
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
                    {t('strip.layer', { name: layer.name, count: layer.count })}
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
export function stripSummary(
  counts: { comments: number; highlights: number },
  { t }: Pick<Translator, 't'>,
): string {
  const parts = [t('strip.comments', { count: counts.comments })];
  if (counts.highlights > 0) parts.push(t('strip.highlights', { count: counts.highlights }));
  return parts.join(' · ');
}
