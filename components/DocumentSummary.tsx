import type { DocumentRecord } from '../utils/formats/document.ts';

/** One document as Redline knows it: symbol, language, title, and how many versions were seen. */
export function DocumentSummary({ document }: { document: DocumentRecord }) {
  return (
    <article
      className="document-summary"
      aria-label={document.symbol ?? document.title ?? document.url}
    >
      <h2>{document.symbol ?? document.title ?? document.url}</h2>
      {document.symbol && document.title ? <p>{document.title}</p> : null}
      <p className="muted">
        {document.language ? `${document.language.toUpperCase()} · ` : ''}
        {document.kind.toUpperCase()} · {document.versions.length} version
        {document.versions.length === 1 ? '' : 's'} seen
      </p>
    </article>
  );
}
