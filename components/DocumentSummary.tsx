import type { DocumentRecord } from '../utils/formats/document.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';

/** One document as Redline knows it: symbol, language, title, and how many versions were seen. */
export function DocumentSummary({ document }: { document: DocumentRecord }) {
  const { t } = useTranslator();
  return (
    <article
      className="document-summary"
      aria-label={document.symbol ?? document.title ?? document.url}
    >
      <h2>
        <bdi>{document.symbol ?? document.title ?? document.url}</bdi>
      </h2>
      {document.symbol && document.title ? <p dir="auto">{document.title}</p> : null}
      <p className="muted">
        {document.language ? `${document.language.toUpperCase()} · ` : ''}
        {t('document.facts', {
          kind: document.kind.toUpperCase(),
          count: document.versions.length,
        })}
      </p>
    </article>
  );
}
