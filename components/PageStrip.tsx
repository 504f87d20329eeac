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

/** An interpretative note on one of the draft's articles, and where that article starts. */
export interface StripNote {
  article: string;
  /** `A/55/383/Add.1, para. 7 — on Art. 3` */
  label: string;
  start: number;
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
  notes: StripNote[];
  onToggle: (id: string, visible: boolean) => void;
  onShowArticle: (start: number) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  const translator = useTranslator();
  const { t } = translator;
  const annotated = props.comments + props.highlights + props.notPlaced > 0;
  if (!annotated && props.notes.length === 0) return null;
  return (
    <aside className="rl-strip" aria-label={t('strip.region')}>
      {annotated ? (
        <span role="status">
          {stripSummary(props, translator)}
          {props.notPlaced > 0 ? ` · ${t('strip.notPlaced', { count: props.notPlaced })}` : ''}
        </span>
      ) : null}
      {props.notes.length > 0 ? (
        <>
          <button
            type="button"
            aria-expanded={notesOpen}
            aria-controls={`${id}-notes`}
            onClick={() => setNotesOpen(!notesOpen)}
          >
            {t('strip.notes', { count: props.notes.length })}
          </button>
          {notesOpen ? (
            <ul id={`${id}-notes`} className="rl-layers" aria-label={t('strip.notesList')}>
              {props.notes.map((note) => (
                <li key={note.label}>
                  <button type="button" onClick={() => props.onShowArticle(note.start)}>
                    {note.article}
                  </button>{' '}
                  {note.label}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
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
