import { useTranslator } from '../utils/i18n/use-translator.ts';
import type { NoteOnProvision } from '../utils/un/notes-links.ts';

/** Interpretative notes on one article, from the notes documents kept in this browser. */
export function ArticleNotes({ article, notes }: { article: string; notes: NoteOnProvision[] }) {
  const { t } = useTranslator();
  if (notes.length === 0) return null;
  return (
    <section aria-label={t('notes.on', { article })}>
      <h3>{t('notes.onCount', { article, count: notes.length })}</h3>
      <ul className="comments">
        {notes.map((note) => (
          <li key={`${note.source}-${note.address}`} className="comment-card">
            <span className="muted">
              {t('notes.explains', {
                source: note.source,
                address: note.address,
                explains: note.explains,
              })}
            </span>
            <p dir="auto">{note.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
