import type { Annotation } from '../utils/formats/annotation.ts';
import type { CarryResult } from '../utils/revisions/carry-over.ts';
import { WordDiffView } from './WordDiffView.tsx';

const STATUS_LABELS = {
  unchanged: 'Unchanged',
  changed: 'Text changed',
  moved: 'Moved',
  gone: 'Gone',
} as const;

/**
 * One comment of an earlier revision and what became of its passage. Nothing is carried until
 * the user accepts it here or re-targets it to a passage selected in the page.
 */
export function CarryRow(props: {
  result: CarryResult;
  original: Annotation;
  onAccept?: () => void;
  onRetarget: () => void;
}) {
  const { result, original } = props;
  const quote = original.target.quote.exact;
  return (
    <li
      className={`carry-row carry-${result.status}`}
      aria-label={`${STATUS_LABELS[result.status]}: ${result.oldProvision}`}
    >
      <p>
        <span className={`status carry-status-${result.status}`}>
          {STATUS_LABELS[result.status]}
        </span>{' '}
        <strong>{result.oldProvision || 'Outside any article'}</strong>
        {result.status === 'moved' ? (
          <>
            {' '}
            → <strong>{result.newProvision || 'outside any article'}</strong>
          </>
        ) : null}
      </p>
      {result.diff && result.status !== 'unchanged' ? (
        <WordDiffView
          parts={result.diff}
          label="How the passage changed: old words struck, new words underlined"
        />
      ) : (
        <blockquote className={result.status === 'gone' ? 'gone-text' : undefined}>
          {quote}
        </blockquote>
      )}
      {original.comment ? <p className="comment-text">{original.comment}</p> : null}
      <div className="actions">
        {props.onAccept ? (
          <button type="button" onClick={props.onAccept}>
            {result.status === 'unchanged' ? 'Carry over' : 'Accept the new place'}
          </button>
        ) : null}
        <button type="button" onClick={props.onRetarget}>
          Use the passage selected in the page
        </button>
      </div>
    </li>
  );
}
