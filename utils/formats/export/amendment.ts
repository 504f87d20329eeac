import type { Proposal } from '../annotation.ts';
import { type DiffPart, wordDiff } from './word-diff.ts';

/**
 * The quoted draft text marked up with the proposal, as a treaty comment matrix shows it:
 * a replacement is a word diff, an insertion follows the quote, a deletion strikes it all.
 */
export function amendmentParts(quote: string, proposal: Proposal): DiffPart[] {
  switch (proposal.kind) {
    case 'replace':
      return wordDiff(quote, proposal.text);
    case 'insert': {
      const parts: DiffPart[] = [
        { op: 'equal', text: needsSpace(quote, proposal.text) ? `${quote} ` : quote },
        { op: 'insert', text: proposal.text },
      ];
      return parts.filter((part) => part.text !== '');
    }
    case 'delete':
      return [{ op: 'delete', text: quote }];
  }
}

/** The draft text as it would read once the proposal is adopted. */
export function amendedText(quote: string, proposal: Proposal): string {
  return amendmentParts(quote, proposal)
    .filter((part) => part.op !== 'delete')
    .map((part) => part.text)
    .join('');
}

function needsSpace(quote: string, inserted: string): boolean {
  return /\S$/.test(quote) && /^[^\s,.;:)\]]/.test(inserted);
}
