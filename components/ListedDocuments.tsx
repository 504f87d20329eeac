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
 * The UN documents a page lists, each with its language versions to open; PDFs also open in
 * Redline's viewer, where they can be annotated.
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
        {documents.map((document) => (
          <li key={document.symbol}>
            <strong>{document.symbol}</strong>
            {document.title ? <span> — {document.title}</span> : null}
            <div className="languages">
              {Object.entries(document.languages).map(([language, url]) => (
                <button
                  key={language}
                  type="button"
                  className="link"
                  aria-label={`Open ${document.symbol} in ${LANGUAGE_NAMES[language] ?? language}`}
                  onClick={() => onOpen(url)}
                >
                  {language.toUpperCase()}
                </button>
              ))}
            </div>
            {onOpenInRedline && Object.values(document.languages).some(isPdf) ? (
              <div className="languages">
                <span>Open in Redline: </span>
                {Object.entries(document.languages)
                  .filter(([, url]) => isPdf(url))
                  .map(([language, url]) => (
                    <button
                      key={language}
                      type="button"
                      className="link"
                      aria-label={`Open ${document.symbol} in ${LANGUAGE_NAMES[language] ?? language} in Redline`}
                      onClick={() => onOpenInRedline(url)}
                    >
                      {language.toUpperCase()}
                    </button>
                  ))}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
