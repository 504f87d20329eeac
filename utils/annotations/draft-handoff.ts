import type { TextIndex } from '../anchoring/text-index.ts';
import type { HighlightPainter } from '../highlight/index.ts';
import { request } from '../messaging/client.ts';
import type { ResponseOf, Result } from '../messaging/protocol.ts';
import type { DraftText } from '../un/draft-page.ts';
import { type CommentsAtAddress, takeCommentsAtAddress } from './comments-ahead.ts';
import { paintCommentsAsMade } from './paint-as-made.ts';

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
  /** What painted the comments made on this very text while the rest of it was read. */
  painter?: HighlightPainter;
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
  /** The text of `root` is indexed: the comments made on this very text are painted now. */
  indexed(index: TextIndex, root: Element): void;
  /**
   * Ends the annotator's wait: the draft read, or none (the page held none, or reading failed),
   * and then what was painted is taken away.
   */
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
  const atAddress = takeCommentsAtAddress(url);
  const opened = request('openAnnotator', {});
  let painted: Promise<HighlightPainter | undefined> = Promise.resolve(undefined);
  return {
    opened,
    indexed(index, root) {
      // Painting early is a head start, never a condition: the annotator paints in any case.
      painted = paintCommentsAsMade(root.ownerDocument, index, atAddress).catch(() => undefined);
    },
    settle(draft) {
      // The annotator takes over the painter once it is done, so that nothing paints after it.
      void painted.then((painter) => {
        if (!draft) {
          painter?.clear();
          return resolve('no-draft');
        }
        const { text, documentKey } = draft;
        const comments = { documentKey, answer: commentsOf(documentKey, atAddress) };
        resolve(painter ? { text, comments, painter } : { text, comments });
      });
    },
  };
}

/** Those read by the page's address when they are this document's, else read by its key. */
async function commentsOf(
  documentKey: string,
  atAddress: CommentsAtAddress,
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
  if (detection.text.root.isConnected) return detection;
  detection.painter?.clear();
  return undefined;
}

/**
 * The annotator could not be loaded: nothing it would manage stays painted, and one loaded later
 * (Try again) reads the page anew.
 */
export function withdrawDetection(): void {
  const scope = globalThis as Scope;
  const pending = scope[KEY];
  delete scope[KEY];
  void pending?.then((detection) => {
    if (typeof detection === 'object') detection.painter?.clear();
  });
}
