import type { DiffPart } from '../utils/formats/export/word-diff.ts';

/** A word diff as a reader expects it: deleted words struck, inserted words underlined. */
export function WordDiffView({ parts, label }: { parts: readonly DiffPart[]; label: string }) {
  return (
    <figure className="rl-redline" aria-label={label}>
      {parts.map((part, index) => {
        const key = `${index}-${part.op}`;
        if (part.op === 'delete') return <del key={key}>{part.text}</del>;
        if (part.op === 'insert') return <ins key={key}>{part.text}</ins>;
        return <span key={key}>{part.text}</span>;
      })}
    </figure>
  );
}
