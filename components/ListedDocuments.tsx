import { isUiLanguage } from '../utils/i18n/translate.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';
import type { PageSeen } from '../utils/messaging/protocol.ts';

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
  const { t } = useTranslator();
  const languageName = (code: string) => (isUiLanguage(code) ? t(`language.${code}`) : code);
  return (
    <section aria-label={t('documents.region')}>
      <h2 className="list-heading">{t('documents.count', { count: documents.length })}</h2>
      <ul className="listed-documents">
        {documents.map((document) => (
          <li key={document.symbol}>
            <strong>
              <bdi>{document.symbol}</bdi>
            </strong>
            {document.title ? (
              <span>
                {' — '}
                <bdi>{document.title}</bdi>
              </span>
            ) : null}
            <div className="languages">
              {Object.entries(document.languages).map(([language, url]) => (
                <button
                  key={language}
                  type="button"
                  className="link"
                  aria-label={t('documents.open', {
                    symbol: document.symbol,
                    language: languageName(language),
                  })}
                  onClick={() => onOpen(url)}
                >
                  {language.toUpperCase()}
                </button>
              ))}
            </div>
            {onOpenInRedline && Object.values(document.languages).some(isPdf) ? (
              <div className="languages">
                <span>{t('documents.openInRedlineLabel')} </span>
                {Object.entries(document.languages)
                  .filter(([, url]) => isPdf(url))
                  .map(([language, url]) => (
                    <button
                      key={language}
                      type="button"
                      className="link"
                      aria-label={t('documents.openInRedline', {
                        symbol: document.symbol,
                        language: languageName(language),
                      })}
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
