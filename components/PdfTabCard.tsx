import { isUiLanguage } from '../utils/i18n/translate.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';

/**
 * A PDF in the browser's own viewer, where Redline cannot highlight: which document it is (from
 * its address: `A_AC.291_22_Rev.3_E.pdf` is A/AC.291/22/Rev.3 in English) and the one thing to
 * do with it, open it in Redline's viewer.
 */
export function PdfTabCard(props: {
  symbol?: string;
  language?: string;
  fileName: string;
  onOpen: () => void;
}) {
  const { t } = useTranslator();
  const name = props.symbol ?? props.fileName;
  const language =
    props.language && isUiLanguage(props.language) ? t(`language.${props.language}`) : undefined;
  return (
    <section className="draft-card" aria-label={t('popup.pdfRegion')}>
      <div>
        <strong>{name}</strong>
        {language ? <span className="muted"> · {language}</span> : null}
        <div className="muted">{t('popup.pdfInBrowser')}</div>
        <button type="button" className="primary" onClick={props.onOpen}>
          {t('popup.openInRedline', { name })}
        </button>
      </div>
    </section>
  );
}
