import type { MessageKey } from '../../locales/en.ts';
import { getDb } from '../../utils/db/index.ts';
import { carryAnnotations } from '../../utils/db/page-writes.ts';
import type { Annotation } from '../../utils/formats/annotation.ts';
import type { DocumentRecord } from '../../utils/formats/document.ts';
import { tabMessenger } from '../../utils/messaging/tab.ts';
import { type CarryTarget, carriedAnnotation } from '../../utils/revisions/carry.ts';

/** Saves the carried copies in one transaction and tells the page to paint them. */
export async function carry(
  items: ReadonlyArray<{ original: Annotation; onto: CarryTarget }>,
  from: DocumentRecord,
): Promise<void> {
  const now = new Date();
  const copies = items.map(({ original, onto }) =>
    carriedAnnotation(original, onto, from.symbol ? { symbol: from.symbol } : {}, now),
  );
  await carryAnnotations(getDb(), copies);
}

/** The passage the user selected in the page beside the panel, or why there is none. */
export async function selectedPassage(
  tabId: number | undefined,
  documentKey: string,
): Promise<{ ok: true; onto: CarryTarget } | { ok: false; error: MessageKey }> {
  if (tabId === undefined) return { ok: false, error: 'revisions.noPage' };
  const passage = await tabMessenger
    .sendMessage('annotator.describeSelection', undefined, tabId)
    .catch(() => null);
  if (!passage) {
    return {
      ok: false,
      error: 'revisions.selectFirst',
    };
  }
  return { ok: true, onto: { documentKey, target: passage.target, provision: passage.provision } };
}
