import { type DragEvent, useId, useState } from 'react';
import { useTranslator } from '../utils/i18n/use-translator.ts';

/** A drop zone with a file picker inside it: either way one file reaches `onFile`. */
export function FileDrop({
  label,
  accept,
  onFile,
}: {
  label: string;
  accept: string;
  onFile: (file: File) => void;
}) {
  const id = useId();
  const { t } = useTranslator();
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  return (
    <fieldset
      className={over ? 'file-drop over' : 'file-drop'}
      aria-describedby={`${id}-hint`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <legend>{label}</legend>
      <p id={`${id}-hint`} className="muted">
        {t('import.dropHint')}
      </p>
      <input
        id={`${id}-file`}
        type="file"
        accept={accept}
        aria-label={label}
        onChange={(event) => {
          take(event.target.files);
          // Choosing the same file again must read it again.
          event.target.value = '';
        }}
      />
    </fieldset>
  );
}
