import { anchorMany } from '../anchoring/anchor.ts';
import { ORPHAN_REASONS } from '../anchoring/result.ts';
import type { SearchText } from '../anchoring/search-text.ts';
import type { Annotation } from '../formats/annotation.ts';
import { pdfContentsOf } from '../formats/pdf-contents.ts';
import type { PdfMarkup } from './annotated-pdf.ts';
import { type CharWeight, quadsForRange } from './glyph-geometry.ts';
import type { PdfPageItems, PdfText } from './types.ts';

/** Why a comment has no place in a PDF: its passage is not found there, or not drawn. */
export const UNPLACED_REASONS = [...ORPHAN_REASONS, 'not drawn'] as const;
export type UnplacedReason = (typeof UNPLACED_REASONS)[number];

/** A comment that has no place in this PDF, and why. */
export interface UnplacedComment {
  id: string;
  provision: string;
  quote: string;
  reason: UnplacedReason;
}

export interface MarkupPlan {
  markups: PdfMarkup[];
  unplaced: UnplacedComment[];
}

export interface MarkupPlanInput {
  pages: readonly PdfPageItems[];
  text: PdfText;
  search: SearchText;
  /** Live annotations of this document, in the order they should appear. */
  annotations: readonly Annotation[];
  /** Layer colour per set id. */
  colours: ReadonlyMap<string, string>;
  /** The subject of a comment that names no provision, in the submission's language. */
  commentSubject: string;
  weight?: CharWeight;
}

const DEFAULT_COLOUR = '#ffd54f';

/** The annotation's author field: left empty, not made up, when the comment names nobody. */
function authorOf(annotation: Annotation): string {
  if (!annotation.author) return '';
  const { name, organisation } = annotation.author;
  return organisation ? `${name} (${organisation})` : name;
}

/**
 * Where each comment goes in the PDF: its passage found again in the PDF's text (exactly or
 * fuzzily, never guessed), then the glyphs of that passage page by page. A proposed deletion
 * strikes the words out; every other comment highlights them.
 */
export function planMarkups(input: MarkupPlanInput): MarkupPlan {
  const results = anchorMany(
    input.annotations.map((annotation) => annotation.target),
    input.search,
  );
  const markups: PdfMarkup[] = [];
  const unplaced: UnplacedComment[] = [];
  input.annotations.forEach((annotation, index) => {
    const result = results[index];
    const about = {
      id: annotation.id,
      provision: annotation.provision,
      quote: annotation.target.quote.exact,
    };
    if (!result || result.status === 'orphan') {
      unplaced.push({ ...about, reason: result?.reason ?? 'not found' });
      return;
    }
    const pages = quadsForRange(input.pages, input.text, result.start, result.end, input.weight);
    if (pages.length === 0) {
      unplaced.push({ ...about, reason: 'not drawn' });
      return;
    }
    markups.push({
      id: annotation.id,
      subtype: annotation.proposal?.kind === 'delete' ? 'StrikeOut' : 'Highlight',
      pages,
      contents: pdfContentsOf(annotation),
      author: authorOf(annotation),
      subject: annotation.provision || input.commentSubject,
      ...(annotation.createdAt ? { created: annotation.createdAt } : {}),
      ...(annotation.updatedAt ? { modified: annotation.updatedAt } : {}),
      colour: input.colours.get(annotation.setId) ?? DEFAULT_COLOUR,
    });
  });
  return { markups, unplaced };
}
