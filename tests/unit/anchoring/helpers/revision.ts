/** An edit of the old text: its span [start, end) replaced by `text` (empty text deletes). */
export interface Replace {
  kind: 'replace';
  start: number;
  end: number;
  text: string;
}

/** The span [start, end) cut out and put back before old offset `to`. */
export interface Move {
  kind: 'move';
  start: number;
  end: number;
  to: number;
}

export type Edit = Replace | Move;

/** Where a passage of the old text truly is in the revision: what an anchor must agree with. */
export type Truth =
  | { kind: 'same'; start: number; end: number }
  | { kind: 'changed'; start: number; end: number }
  | { kind: 'gone' };

type Piece =
  | { oldStart: number; oldEnd: number; newStart: number }
  | { text: string; newStart: number };

export interface Revision {
  text: string;
  truth(start: number, end: number): Truth | 'split';
}

/** Applies non-overlapping edits and keeps, for every kept piece, where it went. */
export function revise(old: string, edits: readonly Edit[]): Revision {
  const cuts = new Set([0, old.length]);
  for (const edit of edits) {
    cuts.add(edit.start);
    cuts.add(edit.end);
    if (edit.kind === 'move') cuts.add(edit.to);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const order: Array<{ oldStart: number; oldEnd: number } | { text: string }> = [];
  const moved: Array<{ to: number; spans: Array<{ oldStart: number; oldEnd: number }> }> = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const span = { oldStart: bounds[i] as number, oldEnd: bounds[i + 1] as number };
    const replace = edits.find(
      (edit): edit is Replace =>
        edit.kind === 'replace' && edit.start <= span.oldStart && span.oldEnd <= edit.end,
    );
    const move = edits.find(
      (edit): edit is Move =>
        edit.kind === 'move' && edit.start <= span.oldStart && span.oldEnd <= edit.end,
    );
    if (replace) {
      if (replace.start === span.oldStart) order.push({ text: replace.text });
    } else if (move) {
      const entry = moved.find((m) => m.to === move.to);
      if (entry) entry.spans.push(span);
      else moved.push({ to: move.to, spans: [span] });
    } else order.push(span);
  }
  // Insertions at a point (start === end) produce no span: add their text at that point.
  for (const edit of edits) {
    if (edit.kind === 'replace' && edit.start === edit.end) {
      const at = order.findIndex((piece) => 'oldStart' in piece && piece.oldStart >= edit.start);
      order.splice(at < 0 ? order.length : at, 0, { text: edit.text });
    }
  }
  for (const { to, spans } of moved) {
    const at = order.findIndex((piece) => 'oldStart' in piece && piece.oldStart >= to);
    order.splice(at < 0 ? order.length : at, 0, ...spans);
  }
  const pieces: Piece[] = [];
  let length = 0;
  const parts: string[] = [];
  for (const piece of order) {
    const content = 'text' in piece ? piece.text : old.slice(piece.oldStart, piece.oldEnd);
    pieces.push({ ...piece, newStart: length });
    parts.push(content);
    length += content.length;
  }
  const kept = pieces.filter((piece) => 'oldStart' in piece) as Array<{
    oldStart: number;
    oldEnd: number;
    newStart: number;
  }>;
  const pieceOf = (offset: number, isEnd: boolean) =>
    kept.find((p) =>
      isEnd ? p.oldStart < offset && offset <= p.oldEnd : p.oldStart <= offset && offset < p.oldEnd,
    );

  return {
    text: parts.join(''),
    truth(start, end) {
      const first = pieceOf(start, false);
      const last = pieceOf(end, true);
      if (first && first === last) {
        return {
          kind: 'same',
          start: first.newStart + start - first.oldStart,
          end: first.newStart + end - first.oldStart,
        };
      }
      const touched = kept.filter((p) => p.oldStart < end && p.oldEnd > start);
      if (touched.length === 0) return { kind: 'gone' };
      const from = touched[0] as (typeof kept)[number];
      const to = touched[touched.length - 1] as (typeof kept)[number];
      // Pieces still in order with at most an edit's text between them; else a move split it.
      const contiguous = touched.every((p, i) => {
        if (i === 0) return true;
        const previous = touched[i - 1] as (typeof kept)[number];
        const gap = p.newStart - (previous.newStart + previous.oldEnd - previous.oldStart);
        return gap >= 0 && gap <= 500;
      });
      if (!contiguous) return 'split';
      const newStart = first ? first.newStart + start - first.oldStart : from.newStart;
      const newEnd = last
        ? last.newStart + end - last.oldStart
        : to.newStart + to.oldEnd - to.oldStart;
      return { kind: 'changed', start: newStart, end: newEnd };
    },
  };
}
