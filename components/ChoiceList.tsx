/** A labelled group of checkboxes, one per choice, with a count beside each when known. */
export function ChoiceList({
  legend,
  choices,
  isChecked,
  onToggle,
}: {
  legend: string;
  choices: Array<{ id: string; label: string; count?: number; colour?: string }>;
  isChecked: (id: string) => boolean;
  onToggle: (id: string, checked: boolean) => void;
}) {
  return (
    <fieldset className="choice-list">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.id}>
          <input
            type="checkbox"
            checked={isChecked(choice.id)}
            onChange={(event) => onToggle(choice.id, event.target.checked)}
          />{' '}
          {choice.colour ? (
            <span className="swatch" style={{ background: choice.colour }} aria-hidden="true" />
          ) : null}
          {choice.label}
          {choice.count !== undefined ? <span className="muted"> ({choice.count})</span> : null}
        </label>
      ))}
    </fieldset>
  );
}
