import { isUiLanguage } from '../utils/i18n/translate.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';
import type { PageSeen } from '../utils/messaging/protocol.ts';

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
  const { t } = useTranslator();
  const languageName = (code: string) => (isUiLanguage(code) ? t(`language.${code}`) : code);
  return (
    <section aria-label={t('documents.region')}>
      <h2 className="list-heading">{t('documents.count', { count: documents.length })}</h2>
      <ul className="listed-documents">
        {documents.map((document) => {
          const inRedline =
            onOpenInRedline !== undefined && Object.values(document.languages).some(isPdf);
          return (
            <li key={document.symbol} className="listed-document">
              <bdi className="document-symbol">{document.symbol}</bdi>
              {document.title ? <bdi className="listed-title">{document.title}</bdi> : null}
              <span className="chips-caption muted">
                {t(inRedline ? 'documents.openInRedlineCaption' : 'documents.openCaption')}
              </span>
              <span className="chips">
                {Object.entries(document.languages).map(([language, url]) => {
                  const name = languageName(language);
                  const viaRedline = inRedline && isPdf(url);
                  return (
                    <button
                      key={language}
                      type="button"
                      className="chip"
                      aria-label={t(viaRedline ? 'documents.openInRedline' : 'documents.open', {
                        symbol: document.symbol,
                        language: name,
                      })}
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
