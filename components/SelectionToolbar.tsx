import type { CSSProperties, Ref } from 'react';
import { useTranslator } from '../utils/i18n/use-translator.ts';

/** The small toolbar that appears beside a selection in a draft; its owner places it. */
export function SelectionToolbar(props: {
  ref?: Ref<HTMLDivElement>;
  style?: CSSProperties;
  onHighlight: () => void;
  onComment: () => void;
}) {
  const { t } = useTranslator();
  return (
    <div
      className="rl-toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      ref={props.ref}
      style={props.style}
    >
      <button
        type="button"
        onClick={props.onHighlight}
        title={t('toolbar.highlightTitle', { keys: 'Alt+Shift+H' })}
      >
        {t('toolbar.highlight')}
      </button>
      <button
        type="button"
        onClick={props.onComment}
        title={t('toolbar.commentTitle', { keys: 'Alt+Shift+K' })}
      >
        {t('toolbar.comment')}
      </button>
    </div>
  );
}
