/** The small toolbar that appears beside a selection in a draft. */
export function SelectionToolbar(props: {
  top: number;
  left: number;
  onHighlight: () => void;
  onComment: () => void;
}) {
  return (
    <div
      className="rl-toolbar"
      role="toolbar"
      aria-label="Redline: act on the selected passage"
      style={{ top: props.top, left: props.left }}
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
