import { useTranslator } from '../utils/i18n/use-translator.ts';
import type { PageReport } from '../utils/messaging/protocol.ts';

/** The draft's outline as a table of contents; choosing an entry scrolls the page there. */
export function OutlineToc({
  outline,
  onGo,
}: {
  outline: PageReport['outline'];
  onGo: (start: number) => void;
}) {
  const { t } = useTranslator();
  return (
    <nav aria-label={t('workbench.outlineNav')}>
      <ul className="toc">
        {outline.map((entry) => (
          <li
            key={`${entry.start}-${entry.address}`}
            style={{ paddingInlineStart: entry.depth * 12 }}
          >
            <button type="button" className="link" onClick={() => onGo(entry.start)}>
              <bdi>{entry.label}</bdi>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
