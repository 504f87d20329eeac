import type { NoteOnProvision } from '../utils/un/notes-links.ts';

/** Interpretative notes on one article, from the notes documents kept in this browser. */
export function ArticleNotes({ article, notes }: { article: string; notes: NoteOnProvision[] }) {
  if (notes.length === 0) return null;
  return (
    <section aria-label={`Interpretative notes on ${article}`}>
      <h3>
        Interpretative notes on {article} ({notes.length})
      </h3>
      <ul className="comments">
        {notes.map((note) => (
          <li key={`${note.source}-${note.address}`} className="comment-card">
            <span className="muted">
              {note.source}, {note.address} — on {note.explains}
            </span>
            <p>{note.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
