import type { Annotation, Proposal } from './annotation.ts';
import { amendedText } from './export/amendment.ts';

/**
 * The text a PDF annotation carries in its Contents: what any PDF reader shows in its note.
 * Labelled blocks, so a person reads it and Redline reads a colleague's copy back.
 */
const PROPOSAL_LABELS: Record<Proposal['kind'], string> = {
  replace: 'Proposed amendment (replace with):',
  insert: 'Proposed amendment (insert):',
  delete: 'Proposed amendment: delete this text.',
};
const AMENDED_LABEL = 'The text would read:';
const RATIONALE_LABEL = 'Rationale:';
const PROVISION_PREFIX = 'Provision: ';

export function pdfContentsOf(annotation: Annotation): string {
  const blocks: string[] = [];
  if (annotation.provision) blocks.push(`${PROVISION_PREFIX}${annotation.provision}`);
  if (annotation.comment.trim()) blocks.push(annotation.comment.trim());
  const { proposal } = annotation;
  if (proposal) {
    if (proposal.kind === 'delete') blocks.push(PROPOSAL_LABELS.delete);
    else {
      blocks.push(`${PROPOSAL_LABELS[proposal.kind]}\n${proposal.text}`);
      blocks.push(
        `${AMENDED_LABEL}\n${amendedText(annotation.target.quote.exact, proposal).trim()}`,
      );
    }
  }
  if (annotation.rationale.trim()) {
    blocks.push(`${RATIONALE_LABEL}\n${annotation.rationale.trim()}`);
  }
  return blocks.join('\n\n');
}

/** What a note's text says, read back: labelled blocks where Redline wrote them, else all comment. */
export interface ContentsParts {
  comment: string;
  provision?: string;
  proposal?: Proposal;
  rationale?: string;
}

export function partsOfPdfContents(contents: string): ContentsParts {
  const blocks = contents.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const comment: string[] = [];
  const parts: ContentsParts = { comment: '' };
  for (const block of blocks) {
    const [head = '', ...rest] = block.split('\n');
    const body = rest.join('\n');
    if (head.startsWith(PROVISION_PREFIX) && rest.length === 0 && !parts.provision) {
      parts.provision = head.slice(PROVISION_PREFIX.length).trim();
    } else if (head === PROPOSAL_LABELS.delete && !parts.proposal) {
      parts.proposal = { kind: 'delete', text: '' };
    } else if (head === PROPOSAL_LABELS.replace && !parts.proposal) {
      parts.proposal = { kind: 'replace', text: body };
    } else if (head === PROPOSAL_LABELS.insert && !parts.proposal) {
      parts.proposal = { kind: 'insert', text: body };
    } else if (head === AMENDED_LABEL && parts.proposal) {
      // Derived from the quote and the proposal: nothing to keep.
    } else if (head === RATIONALE_LABEL && parts.rationale === undefined) {
      parts.rationale = body;
    } else comment.push(block);
  }
  parts.comment = comment.join('\n\n').trim();
  return parts;
}
