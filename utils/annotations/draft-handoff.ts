import type { DraftText } from '../un/draft-page.ts';

/**
 * The content script and the annotator it asks for run in the same isolated world of a tab.
 * The draft the content script read to detect the page is left here for the annotator, so
 * the page's main content, text index and outline are worked out once, not twice.
 */
const KEY = Symbol.for('redline.detected-draft');

type Scope = { [KEY]?: DraftText };

export function handOverDraft(draft: DraftText): void {
  (globalThis as Scope)[KEY] = draft;
}

/** The draft left by the content script, once, and only while its content is still in the page. */
export function takeHandedOverDraft(): DraftText | undefined {
  const scope = globalThis as Scope;
  const draft = scope[KEY];
  delete scope[KEY];
  return draft?.root.isConnected ? draft : undefined;
}
