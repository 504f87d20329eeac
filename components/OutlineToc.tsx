import type { PageReport } from '../utils/messaging/protocol.ts';

/** The draft's outline as a table of contents; choosing an entry scrolls the page there. */
export function OutlineToc({
  outline,
  onGo,
}: {
  outline: PageReport['outline'];
  onGo: (start: number) => void;
}) {
  return (
    <nav aria-label="Outline of the draft">
      <ul className="toc">
        {outline.map((entry) => (
          <li
            key={`${entry.start}-${entry.address}`}
            style={{ paddingInlineStart: entry.depth * 12 }}
          >
            <button type="button" className="link" onClick={() => onGo(entry.start)}>
              {entry.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
