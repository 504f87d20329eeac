import { request } from '../messaging/client.ts';
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
  comments: AskedComments;
}

/**
 * What the content script's reading came to: the draft, or `no-draft` when the page that looked
 * like one (the annotator was loaded while it was read) held none after all.
 */
export type Detection = DetectedDraft | 'no-draft';

const KEY = Symbol.for('redline.detected-draft');

type Scope = { [KEY]?: Promise<Detection> };

/** The annotator loading while the content script reads a page that may hold a draft. */
export interface AnnotatorAhead {
  /** The background's answer: whether the annotator could be loaded. */
  opened: Promise<Result<ResponseOf<'openAnnotator'>>>;
  /** Ends the annotator's wait: the draft read, or none (the page held none, or reading failed). */
  settle(draft?: { text: DraftText; documentKey: string }): void;
}

/**
 * Has the annotator loaded, and the comments at the page's address read, while the content
 * script reads a page that may hold a draft: the annotator waits for the reading.
 */
export function loadAnnotatorAhead(url: string): AnnotatorAhead {
  let resolve: (detection: Detection) => void = () => undefined;
  (globalThis as Scope)[KEY] = new Promise<Detection>((settle) => {
    resolve = settle;
  });
  const opened = request('openAnnotator', {});
  const atAddress = request('annotationsAtAddress', { url });
  return {
    opened,
    settle(draft) {
      if (!draft) return resolve('no-draft');
      const { text, documentKey } = draft;
      resolve({ text, comments: { documentKey, answer: commentsOf(documentKey, atAddress) } });
    },
  };
}

/** Those read by the page's address when they are this document's, else read by its key. */
async function commentsOf(
  documentKey: string,
  atAddress: Promise<Result<ResponseOf<'annotationsAtAddress'>>>,
): Promise<Result<ResponseOf<'listAnnotations'>>> {
  const early = await atAddress;
  if (!early.ok || early.value.documentKey !== documentKey) {
    return request('listAnnotations', { documentKey });
  }
  const { annotations, sets } = early.value;
  return { ok: true, value: { annotations, sets } };
}

/**
 * What the content script read for the annotator, once: undefined when it left nothing (the
 * user asked for the annotator on a page that detection passed over) or when the draft it read
 * is no longer in the page (re-rendered since): the annotator reads the page itself.
 */
export async function takeDetection(): Promise<Detection | undefined> {
  const scope = globalThis as Scope;
  const pending = scope[KEY];
  delete scope[KEY];
  const detection = await pending;
  if (detection === undefined || detection === 'no-draft') return detection;
  return detection.text.root.isConnected ? detection : undefined;
}

/** The annotator could not be loaded: one loaded later (Try again) reads the page anew. */
export function withdrawDetection(): void {
  delete (globalThis as Scope)[KEY];
}
