import type { CSSProperties, Ref } from 'react';

/** The small toolbar that appears beside a selection in a draft; its owner places it. */
export function SelectionToolbar(props: {
  ref?: Ref<HTMLDivElement>;
  style?: CSSProperties;
  onHighlight: () => void;
  onComment: () => void;
}) {
  return (
    <div
      className="rl-toolbar"
      role="toolbar"
      aria-label="Redline: act on the selected passage"
      ref={props.ref}
      style={props.style}
    >
      <button type="button" onClick={props.onHighlight} title="Highlight (Alt+Shift+H)">
        Highlight
      </button>
      <button type="button" onClick={props.onComment} title="Comment (Alt+Shift+C)">
        Comment
      </button>
    </div>
  );
}
