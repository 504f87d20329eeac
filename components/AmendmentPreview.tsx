import type { Proposal } from '../utils/formats/annotation.ts';
import { amendmentParts } from '../utils/formats/export/amendment.ts';

/** The quoted text with the proposal applied: deleted words struck, inserted words underlined. */
export function AmendmentPreview({ quote, proposal }: { quote: string; proposal: Proposal }) {
  return (
    <figure
      className="rl-redline"
      aria-label="Amended text: deletions struck, insertions underlined"
    >
      {amendmentParts(quote, proposal).map((part, index) => {
        const key = `${index}-${part.op}`;
        if (part.op === 'delete') return <del key={key}>{part.text}</del>;
        if (part.op === 'insert') return <ins key={key}>{part.text}</ins>;
        return <span key={key}>{part.text}</span>;
      })}
    </figure>
  );
}
