import { anchorMany } from '../anchoring/anchor.ts';
import type { SearchText } from '../anchoring/search-text.ts';
import { type Annotation, UNNAMED_AUTHOR } from '../formats/annotation.ts';
import { pdfContentsOf } from '../formats/pdf-contents.ts';
import type { PdfMarkup } from './annotated-pdf.ts';
import { type CharWeight, quadsForRange } from './glyph-geometry.ts';
import type { PdfPageItems, PdfText } from './types.ts';

/** A comment that has no place in this PDF, and why. */
export interface UnplacedComment {
  id: string;
  provision: string;
  quote: string;
  reason: string;
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
  weight?: CharWeight;
}

const DEFAULT_COLOUR = '#ffd54f';

const ORPHAN_REASONS: Record<string, string> = {
  'not found': 'its words are not in this PDF (another version of the draft?)',
  ambiguous: 'its words stand in several places of this PDF and nothing tells which',
  'empty quote': 'it quotes no text',
};

function authorOf(annotation: Annotation): string {
  if (!annotation.author) return UNNAMED_AUTHOR;
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
      unplaced.push({ ...about, reason: ORPHAN_REASONS[result?.reason ?? 'not found'] as string });
      return;
    }
    const pages = quadsForRange(input.pages, input.text, result.start, result.end, input.weight);
    if (pages.length === 0) {
      unplaced.push({ ...about, reason: 'its words are not drawn on any page of this PDF' });
      return;
    }
    markups.push({
      id: annotation.id,
      subtype: annotation.proposal?.kind === 'delete' ? 'StrikeOut' : 'Highlight',
      pages,
      contents: pdfContentsOf(annotation),
      author: authorOf(annotation),
      subject: annotation.provision || 'Comment',
      ...(annotation.createdAt ? { created: annotation.createdAt } : {}),
      ...(annotation.updatedAt ? { modified: annotation.updatedAt } : {}),
      colour: input.colours.get(annotation.setId) ?? DEFAULT_COLOUR,
    });
  });
  return { markups, unplaced };
}
