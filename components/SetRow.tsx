import { useEffect, useState } from 'react';
import type { AnnotationSetInfo } from '../utils/formats/annotation-set.ts';
import { layerLabel, shownSetName } from '../utils/formats/layers.ts';
import type { Translator } from '../utils/i18n/translate.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';

function whose(set: AnnotationSetInfo, { t }: Pick<Translator, 't'>): string {
  const by = [set.owner?.author, set.owner?.organisation].filter(Boolean).join(', ');
  if (set.origin === 'own') return by ? t('set.yoursAs', { by }) : t('set.yours');
  return by ? t('set.colleagueBy', { by }) : t('set.colleague');
}

/** One set (a layer): colour, name to rename in place, whether it shows, how much it holds. */
export function SetRow({
  set,
  annotations,
  documents,
  selected,
  onSelect,
  onShow,
  onRename,
  onRecolour,
}: {
  set: AnnotationSetInfo;
  annotations: number;
  documents: number;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onShow: (visible: boolean) => void;
  onRename: (name: string) => void;
  onRecolour: (colour: string) => void;
}) {
  // Everyone's first set is "My comments": controls are named by whose it is, too.
  const translator = useTranslator();
  const { t } = translator;
  const label = layerLabel(set, translator);
  const storedName = shownSetName(set.name, translator);
  const [name, setName] = useState(storedName);
  // Shown at once, before the database answers; both follow changes made elsewhere.
  const [shown, setShown] = useState(set.visible);
  useEffect(() => setName(storedName), [storedName]);
  useEffect(() => setShown(set.visible), [set.visible]);
  const commit = () => {
    if (name.trim() === '') setName(storedName);
    else if (name.trim() !== storedName) onRename(name);
  };
  return (
    <li className="set-row" aria-label={label}>
      <input
        type="color"
        className="set-colour"
        aria-label={t('set.colourOf', { set: label })}
        value={set.colour.toLowerCase()}
        onChange={(event) => onRecolour(event.target.value)}
      />
      <input
        className="set-name"
        aria-label={t('set.nameOf', { set: label })}
        value={name}
        maxLength={500}
        onChange={(event) => setName(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setName(storedName);
        }}
      />
      <span className="muted">
        {' '}
        {whose(set, translator)} · {t('set.holds', { annotations, documents })}
      </span>
      <div className="set-controls">
        <label>
          <input
            type="checkbox"
            aria-label={t('set.show', { set: label })}
            checked={shown}
            onChange={(event) => {
              setShown(event.target.checked);
              onShow(event.target.checked);
            }}
          />{' '}
          {t('set.show', { set: storedName })}
        </label>
        <label>
          <input
            type="checkbox"
            aria-label={t('set.select', { set: label })}
            checked={selected}
            onChange={(event) => onSelect(event.target.checked)}
          />{' '}
          {t('set.select', { set: storedName })}
        </label>
      </div>
    </li>
  );
}
