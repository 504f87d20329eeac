import { describePassage } from '../anchoring/describe.ts';
import type { SearchText } from '../anchoring/search-text.ts';
import {
  buildForeignSetFile,
  type ForeignAnnotation,
  type ForeignImport,
} from '../formats/import/external-annotation.ts';
import { problem } from '../formats/import/problem.ts';
import { fail, type ParseResult } from '../formats/import/result.ts';
import { partsOfPdfContents } from '../formats/pdf-contents.ts';
import { type CharWeight, nearestItemRange, rangeUnderQuads } from './glyph-geometry.ts';
import type { PdfNote, PdfNotes } from './read-markups.ts';
import type { PdfPageItems, PdfText } from './types.ts';

export interface PdfNotesInput {
  notes: PdfNotes;
  pages: readonly PdfPageItems[];
  text: PdfText;
  search: SearchText;
  /** The PDF's file name, for messages and the layer's name when no author is given. */
  fileName: string;
  /** Where the PDF came from (its URL, or its file name): the set's document source. */
  source: string;
  documentKey: string;
  title?: string;
  weight?: CharWeight;
}

/** When a note carries no date and neither does its file. */
const UNKNOWN_DATE = '1970-01-01T00:00:00.000Z';

interface Placed {
  note: PdfNote;
  start: number;
  end: number;
  replies: PdfNote[];
}

/** Notes Redline wrote for one passage across a page break share their name: one comment. */
function samePassage(a: PdfNote, b: PdfNote): boolean {
  return (
    a.name !== undefined &&
    a.name === b.name &&
    a.subtype === b.subtype &&
    a.contents === b.contents &&
    a.author === b.author &&
    b.page === a.page + 1
  );
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function commentOf(placed: Placed): string {
  const replies = placed.replies.map(
    (reply) => `Reply from ${reply.author || 'someone'}: ${reply.contents.trim()}`,
  );
  return [partsOfPdfContents(placed.note.contents).comment, ...replies]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A colleague's annotated PDF as a layer: each markup's comment on the words under its quads,
 * each note without quads on the text nearest to it. What cannot be placed is named, with why.
 */
export function pdfNotesToSet(input: PdfNotesInput): ParseResult<ForeignImport> {
  const { notes, skipped: skippedKinds, fileDate } = input.notes;
  const skipped = [...skippedKinds];
  const byRef = new Map(notes.map((note) => [note.ref, note]));
  const placedByRef = new Map<string, Placed>();
  const placed: Placed[] = [];
  let previous: Placed | undefined;
  for (const note of notes) {
    if (note.inReplyTo && byRef.has(note.inReplyTo)) continue;
    const range = rangeOf(note, input);
    if (!range) {
      previous = undefined;
      skipped.push(
        problem(note.quads.length > 0 ? 'pdfNoteNotOnText' : 'pdfNoteNoPageText', {
          kind: note.subtype,
          page: note.page + 1,
          hasAuthor: note.author ? 'yes' : 'no',
          author: note.author,
        }),
      );
      continue;
    }
    if (previous && samePassage(previous.note, note)) {
      previous.end = Math.max(previous.end, range.end);
      previous.note = { ...previous.note, page: note.page };
      placedByRef.set(note.ref, previous);
      continue;
    }
    previous = { note, ...range, replies: [] };
    placed.push(previous);
    placedByRef.set(note.ref, previous);
  }
  for (const note of notes) {
    if (!note.inReplyTo) continue;
    const parent = placedByRef.get(note.inReplyTo);
    if (parent) parent.replies.push(note);
  }
  if (placed.length === 0) {
    return fail(problem('pdfNothingPlaceable', { name: input.fileName }), ...skipped);
  }
  const owner = mostCommon(placed.map(({ note }) => note.author)) ?? input.fileName;
  const annotations: ForeignAnnotation[] = placed.map((passage) => {
    const { note, start, end } = passage;
    const parts = partsOfPdfContents(note.contents);
    const created = note.created ?? note.modified ?? fileDate ?? UNKNOWN_DATE;
    const author = note.author || owner;
    const provision = parts.provision ?? input.search.units.at(start)?.address;
    const proposal =
      parts.proposal ??
      (note.subtype === 'StrikeOut' ? { kind: 'delete' as const, text: '' } : undefined);
    return {
      sourceId: `${input.documentKey}|${author}|${note.name ?? `${note.page}/${note.ref}`}`,
      source: input.source,
      ...(input.title ? { documentTitle: input.title } : {}),
      ...describedQuote(input.search, start, end),
      comment: commentOf(passage),
      tags: [],
      ...(parts.rationale ? { rationale: parts.rationale } : {}),
      ...(provision ? { provision } : {}),
      ...(proposal ? { proposal } : {}),
      author: { id: `pdf:${author}`, name: author },
      createdAt: created,
      updatedAt: note.modified ?? created,
    };
  });
  const file = buildForeignSetFile(
    {
      tool: 'pdf',
      label: `PDF: ${owner}`,
      ownerId: `${input.documentKey}|${owner}`,
      ownerName: owner,
    },
    annotations,
    { documentKeyFor: () => input.documentKey },
  );
  return file.ok ? { ok: true, value: { file: file.value, skipped } } : file;
}

function rangeOf(note: PdfNote, input: PdfNotesInput): { start: number; end: number } | undefined {
  const page = input.pages[note.page];
  if (!page) return undefined;
  if (note.quads.length > 0) {
    return rangeUnderQuads(page, note.page, input.text, note.quads, input.weight);
  }
  // A note's icon or box sits beside the words it is about, level with them.
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = note.rect;
  return nearestItemRange(page, note.page, input.text, (x1 + x2) / 2, (y1 + y2) / 2);
}

/** The passage's quote with its context and position, as the annotator describes a selection. */
function describedQuote(search: SearchText, start: number, end: number) {
  const { quote, position } = describePassage(search, start, end);
  return { quote, ...(position ? { position } : {}) };
}
