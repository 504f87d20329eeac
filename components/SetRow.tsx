import { useEffect, useState } from 'react';
import type { AnnotationSetInfo } from '../utils/formats/annotation-set.ts';
import { layerLabel } from '../utils/formats/layers.ts';

function whose(set: AnnotationSetInfo): string {
  const by = [set.owner?.author, set.owner?.organisation].filter(Boolean).join(', ');
  if (set.origin === 'own') return by ? `yours, as ${by}` : 'yours';
  return by ? `colleague layer: ${by}` : 'colleague layer';
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
  const label = layerLabel(set);
  const [name, setName] = useState(set.name);
  // Shown at once, before the database answers; both follow changes made elsewhere.
  const [shown, setShown] = useState(set.visible);
  useEffect(() => setName(set.name), [set.name]);
  useEffect(() => setShown(set.visible), [set.visible]);
  const commit = () => {
    if (name.trim() === '') setName(set.name);
    else if (name.trim() !== set.name) onRename(name);
  };
  return (
    <li className="set-row" aria-label={label}>
      <input
        type="color"
        className="set-colour"
        aria-label={`Colour of the set ${label}`}
        value={set.colour.toLowerCase()}
        onChange={(event) => onRecolour(event.target.value)}
      />
      <input
        className="set-name"
        aria-label={`Name of the set ${label}`}
        value={name}
        maxLength={500}
        onChange={(event) => setName(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setName(set.name);
        }}
      />
      <span className="muted">
        {' '}
        {whose(set)} · {annotations} {annotations === 1 ? 'comment' : 'comments'} on {documents}{' '}
        {documents === 1 ? 'document' : 'documents'}
      </span>
      <div className="set-controls">
        <label>
          <input
            type="checkbox"
            aria-label={`Show ${label}`}
            checked={shown}
            onChange={(event) => {
              setShown(event.target.checked);
              onShow(event.target.checked);
            }}
          />{' '}
          Show {set.name}
        </label>
        <label>
          <input
            type="checkbox"
            aria-label={`Select ${label} for export`}
            checked={selected}
            onChange={(event) => onSelect(event.target.checked)}
          />{' '}
          Select {set.name} for export
        </label>
      </div>
    </li>
  );
}
