import type { Proposal } from '../utils/formats/annotation.ts';
import { amendmentParts } from '../utils/formats/export/amendment.ts';
import { WordDiffView } from './WordDiffView.tsx';

/** The quoted text with the proposal applied: deleted words struck, inserted words underlined. */
export function AmendmentPreview({ quote, proposal }: { quote: string; proposal: Proposal }) {
  return (
    <WordDiffView
      parts={amendmentParts(quote, proposal)}
      label="Amended text: deletions struck, insertions underlined"
    />
  );
}
