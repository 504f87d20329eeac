import type { Annotation } from '../utils/formats/annotation.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';
import type { CarryResult } from '../utils/revisions/carry-over.ts';
import { WordDiffView } from './WordDiffView.tsx';

const STATUS_LABELS = {
  unchanged: 'carry.unchanged',
  changed: 'carry.changed',
  moved: 'carry.moved',
  gone: 'carry.gone',
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
  const { t } = useTranslator();
  const status = t(STATUS_LABELS[result.status]);
  return (
    <li
      className={`carry-row carry-${result.status}`}
      aria-label={`${status}: ${result.oldProvision}`}
    >
      <p>
        <span className={`status carry-status-${result.status}`}>{status}</span>{' '}
        <strong>
          <bdi>{result.oldProvision || t('carry.outside')}</bdi>
        </strong>
        {result.status === 'moved' ? (
          <>
            {' '}
            →{' '}
            <strong>
              <bdi>{result.newProvision || t('carry.outside')}</bdi>
            </strong>
          </>
        ) : null}
      </p>
      {result.diff && result.status !== 'unchanged' ? (
        <WordDiffView parts={result.diff} label={t('carry.howChanged')} />
      ) : (
        <blockquote dir="auto" className={result.status === 'gone' ? 'gone-text' : undefined}>
          {quote}
        </blockquote>
      )}
      {original.comment ? (
        <p className="comment-text" dir="auto">
          {original.comment}
        </p>
      ) : null}
      <div className="actions">
        {props.onAccept ? (
          <button type="button" onClick={props.onAccept}>
            {t(result.status === 'unchanged' ? 'carry.carry' : 'carry.accept')}
          </button>
        ) : null}
        <button type="button" onClick={props.onRetarget}>
          {t('carry.retarget')}
        </button>
      </div>
    </li>
  );
}
