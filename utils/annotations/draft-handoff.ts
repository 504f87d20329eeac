import type { ResponseOf, Result } from '../messaging/protocol.ts';
import type { DraftText } from '../un/draft-page.ts';

/** A draft's comments, asked for by the content script while the background loads the annotator. */
export interface AskedComments {
  documentKey: string;
  answer: Promise<Result<ResponseOf<'listAnnotations'>>>;
}

/**
 * The content script and the annotator it asks for run in the same isolated world of a tab.
 * The draft the content script read to detect the page is left here for the annotator, so
 * the page's main content, text index and outline are worked out once, not twice; and its
 * comments, so that reading them overlaps the annotator's loading.
 */
export interface DetectedDraft {
  text: DraftText;
  /** Only while the annotator is being loaded for this very page load; never a stale answer. */
  comments?: AskedComments;
}

const KEY = Symbol.for('redline.detected-draft');

type Scope = { [KEY]?: DetectedDraft };

export function handOverDraft(draft: DetectedDraft): void {
  (globalThis as Scope)[KEY] = draft;
}

/** The draft left by the content script, once, and only while its content is still in the page. */
export function takeHandedOverDraft(): DetectedDraft | undefined {
  const scope = globalThis as Scope;
  const draft = scope[KEY];
  delete scope[KEY];
  return draft?.text.root.isConnected ? draft : undefined;
}

/** The annotator did not start: one started later (Try again) reads the comments anew. */
export function forgetAskedComments(): void {
  delete (globalThis as Scope)[KEY]?.comments;
}
