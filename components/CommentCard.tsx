import type { ReactNode } from 'react';
import type { WorkbenchItem } from '../utils/annotations/workbench.ts';
import { isolate } from '../utils/i18n/translate.ts';
import { UNPLACED_REASON_KEYS } from '../utils/i18n/unplaced-reason.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';
import { AmendmentPreview } from './AmendmentPreview.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** One comment in the workbench; activating it shows its passage in the page. */
export function CommentCard({
  item,
  provision,
  colour,
  layer,
  onOpen,
  children,
}: {
  item: WorkbenchItem;
  /** The comment's provision as the document's language cites it. */
  provision: string;
  colour?: string;
  /** Whose layer the comment is on (`layerLabel`). */
  layer?: string;
  onOpen?: () => void;
  /** Extra detail under the comment, such as its other versions. */
  children?: ReactNode;
}) {
  const { annotation, anchor } = item;
  const quote = annotation.target.quote.exact;
  const { t } = useTranslator();
  return (
    <li className="comment-card" style={colour ? { borderInlineStartColor: colour } : undefined}>
      <button type="button" className="comment-open" onClick={onOpen} disabled={!onOpen}>
        {/* The quote stays in the button's name: what is seen is what a voice user says. */}
        <span className="visually-hidden">
          {t('card.show', { provision: provision || t('common.thePage') })}{' '}
        </span>
        <q dir="auto">{quote.length > 160 ? `${quote.slice(0, 160)}…` : quote}</q>
      </button>
      <StatusBadge anchor={anchor} />
      {anchor?.status === 'orphan' ? (
        <p className="orphan-reason">
          {t('card.notPlacedReason', {
            reason: anchor.reason
              ? t(UNPLACED_REASON_KEYS[anchor.reason])
              : t('card.passageNotFound'),
          })}
        </p>
      ) : null}
      {annotation.comment ? (
        <p className="comment-text" dir="auto">
          {annotation.comment}
        </p>
      ) : null}
      {annotation.proposal ? (
        <AmendmentPreview quote={quote} proposal={annotation.proposal} />
      ) : null}
      {annotation.rationale ? (
        <p className="comment-rationale">
          {t('editor.rationale')}: <bdi>{annotation.rationale}</bdi>
        </p>
      ) : null}
      <p className="muted">
        {[
          annotation.stance && t(`stance.${annotation.stance}`),
          annotation.priority &&
            t('priority.withLevel', { level: t(`priority.${annotation.priority}`) }),
          ...annotation.tags.map((tag) => isolate(`#${tag}`)),
        ]
          .filter(Boolean)
          .join(' · ')}
        {annotation.author?.name ? (
          <>
            {' — '}
            <bdi>{annotation.author?.name}</bdi>
          </>
        ) : null}
      </p>
      {layer || annotation.private ? (
        <p className="muted comment-layer">
          {[layer, annotation.private && t('card.private')].filter(Boolean).join(' · ')}
        </p>
      ) : null}
      {annotation.links?.length ? (
        <ul className="comment-links" aria-label={t('card.links')}>
          {annotation.links.map((link) => (
            <li key={link}>{link}</li>
          ))}
        </ul>
      ) : null}
      {annotation.replies?.length ? (
        <ul className="comment-replies" aria-label={t('card.replies')}>
          {annotation.replies.map((reply) => (
            <li key={reply.id}>
              <p dir="auto">{reply.text}</p>
              <p className="muted">
                <bdi>{reply.author?.name || t('card.unnamedAuthor')}</bdi>
                {reply.private ? t('card.privateMark') : ''}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </li>
  );
}
