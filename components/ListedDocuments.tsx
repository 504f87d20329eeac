import type { PageSeen } from '../utils/messaging/protocol.ts';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  ru: 'Russian',
  ar: 'Arabic',
  zh: 'Chinese',
};

const isPdf = (url: string) => /\.pdf(?:[?#]|$)/i.test(url);

/**
 * The UN documents a page lists, by symbol and title, with one row of language chips each.
 * A PDF opens in Redline's viewer, where it can be annotated; anything else opens as it is.
 * The line above the chips says which of the two a click does.
 */
export function ListedDocuments({
  documents,
  onOpen,
  onOpenInRedline,
}: {
  documents: PageSeen['documents'];
  onOpen: (url: string) => void;
  onOpenInRedline?: (url: string) => void;
}) {
  return (
    <section aria-label="Documents on this page">
      <h2 className="list-heading">
        {documents.length} document{documents.length === 1 ? '' : 's'} on this page
      </h2>
      <ul className="listed-documents">
        {documents.map((document) => {
          const inRedline =
            onOpenInRedline !== undefined && Object.values(document.languages).some(isPdf);
          return (
            <li key={document.symbol} className="listed-document">
              <span className="document-symbol">{document.symbol}</span>
              {document.title ? <span className="listed-title">{document.title}</span> : null}
              <span className="chips-caption muted">
                {inRedline ? 'Open in Redline to comment:' : 'Open:'}
              </span>
              <span className="chips">
                {Object.entries(document.languages).map(([language, url]) => {
                  const name = LANGUAGE_NAMES[language] ?? language;
                  const viaRedline = inRedline && isPdf(url);
                  return (
                    <button
                      key={language}
                      type="button"
                      className="chip"
                      aria-label={`Open ${document.symbol} in ${name}${viaRedline ? ' in Redline' : ''}`}
                      onClick={() => (viaRedline ? onOpenInRedline?.(url) : onOpen(url))}
                    >
                      {name}
                    </button>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
