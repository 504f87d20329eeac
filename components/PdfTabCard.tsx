import { LANGUAGE_NAMES } from './ListedDocuments.tsx';

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
  const name = props.symbol ?? props.fileName;
  const language = props.language ? LANGUAGE_NAMES[props.language] : undefined;
  return (
    <section className="draft-card" aria-label="The PDF in this tab">
      <div>
        <strong>{name}</strong>
        {language ? <span className="muted"> · {language}</span> : null}
        <div className="muted">
          Open in the browser’s PDF viewer, where Redline cannot highlight or comment. Redline’s
          viewer shows the same file with your comments.
        </div>
        <button type="button" className="primary" onClick={props.onOpen}>
          Open {name} in Redline’s viewer
        </button>
      </div>
    </section>
  );
}
