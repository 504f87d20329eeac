/** The messages content scripts and pages send to the background, as zod schemas. */
import { z } from 'zod';
import { en, type MessageKey } from '../../locales/en.ts';
import { ORPHAN_REASONS } from '../anchoring/result.ts';
import { Annotation, Author } from '../formats/annotation.ts';
import { AnnotationSetInfo } from '../formats/annotation-set.ts';
import { CommentDraft } from '../formats/comment-draft.ts';
import { DocumentRecord } from '../formats/document.ts';
import type { Problem } from '../formats/import/problem.ts';
import { LIMITS } from '../formats/limits.ts';
import { ConnectRequest, SyncStatus } from '../sync/link.ts';
import { UN_LANGUAGES } from '../un/languages.ts';
import { UnitKind } from '../un/schemas.ts';

/** A document as a page sees it: one version of its text, where the record keeps them all. */
const DocumentSeen = DocumentRecord.omit({ versions: true, lastSeenAt: true }).extend({
  version: z.string().min(1).max(LIMITS.shortText),
  /** The text of this version, kept once so revisions can be compared later. */
  text: z.string().max(LIMITS.documentText).optional(),
});

/** What the content script found on a UN page: the popup lists it, the badge counts it. */
export const PageSeen = z.object({
  url: z.string().max(LIMITS.url),
  kind: z.enum(['listing', 'draft', 'other']),
  symbol: z.string().max(LIMITS.shortText).optional(),
  documents: z
    .array(
      z.object({
        symbol: z.string().max(LIMITS.shortText),
        family: z.string().max(LIMITS.shortText),
        title: z.string().max(LIMITS.shortText).optional(),
        languages: z.record(z.string().max(16), z.string().max(LIMITS.url)),
      }),
    )
    .max(5_000),
});
export type PageSeen = z.infer<typeof PageSeen>;

const DocumentRef = z.object({ documentKey: z.string().min(1).max(LIMITS.url) });
const AnnotationRef = z.object({ id: z.string().min(1).max(LIMITS.shortText) });
const Done = z.object({});
const AnnotationList = z.object({
  annotations: z.array(Annotation),
  sets: z.array(AnnotationSetInfo),
});

/** A whole catalog: every English key, each a message. */
const CatalogMessages = z.record(
  z.enum(Object.keys(en) as [MessageKey, ...MessageKey[]]),
  z.string().max(4_000),
);

/**
 * What the annotator found in a tab, for the side panel: the draft's outline (its table of
 * contents) and how each annotation anchored.
 */
export const PageReport = z.object({
  documentKey: z.string().min(1).max(LIMITS.url),
  title: z.string().max(LIMITS.shortText).optional(),
  /** The document's language: provision labels read in it. */
  language: z.string().max(16).optional(),
  outline: z
    .array(
      z.object({
        kind: UnitKind,
        address: z.string().max(LIMITS.shortText),
        label: z.string().max(LIMITS.shortText),
        depth: z.number().int().min(0).max(10),
        start: z.number().int().nonnegative(),
        explains: z.string().max(LIMITS.shortText).optional(),
      }),
    )
    .max(20_000),
  anchors: z
    .array(
      z.object({
        id: z.string().max(LIMITS.shortText),
        status: z.enum(['exact', 'fuzzy', 'orphan']),
        start: z.number().int().nonnegative().optional(),
        score: z.number().optional(),
        reason: z.enum(ORPHAN_REASONS).optional(),
      }),
    )
    .max(100_000),
});
export type PageReport = z.infer<typeof PageReport>;

/** The outline entry (by its start) the reader is in, as the page scrolls; none above the first. */
export const ReadingAt = z.object({ start: z.number().int().nonnegative().optional() });
export type ReadingAt = z.infer<typeof ReadingAt>;

/** Why the annotator could not start in a tab: the popup says so and offers to try again. */
export const AnnotatorFailure = z.object({
  reason: z.string().max(LIMITS.shortText),
  at: z.iso.datetime(),
});
export type AnnotatorFailure = z.infer<typeof AnnotatorFailure>;

/** Each message: the schema its request must pass, and the shape of its answer. */
export const protocol = {
  pageSeen: { request: PageSeen, response: Done },
  /** Sent with the version's hash alone; with its text only when the answer says none is kept. */
  documentSeen: {
    request: DocumentSeen,
    response: DocumentRecord.extend({ textKept: z.boolean() }),
  },
  ping: { request: Done, response: z.object({ version: z.string() }) },
  whoAmI: { request: Done, response: Author },
  listAnnotations: { request: DocumentRef, response: AnnotationList },
  /**
   * A draft page's comments, asked for by its address while the page is still being read: those
   * of the document last read at this address (`documentKey`), if Redline read one there.
   */
  annotationsAtAddress: {
    request: z.object({ url: z.string().min(1).max(LIMITS.url) }),
    response: AnnotationList.extend({ documentKey: z.string().optional() }),
  },
  /**
   * The text of an earlier version of this document, if Redline kept it: comments made on it
   * are carried by what the two versions share, not by their quotes alone.
   */
  versionText: {
    request: DocumentRef.extend({ version: z.string().min(1).max(LIMITS.shortText) }),
    response: z.object({ text: z.string().max(LIMITS.documentText).optional() }),
  },
  saveAnnotation: {
    request: z.object({
      annotation: Annotation,
      baseUpdatedAt: z.iso.datetime().optional(),
      /** The unsent draft this save completes: removed in the same transaction. */
      draftKey: z
        .string()
        .min(1)
        .max(LIMITS.url + LIMITS.shortText)
        .optional(),
    }),
    response: z.object({ saved: Annotation, conflict: z.boolean() }),
  },
  deleteAnnotation: { request: AnnotationRef, response: Annotation },
  undoDelete: { request: AnnotationRef, response: Annotation },
  saveDraft: { request: CommentDraft, response: Done },
  listDrafts: { request: DocumentRef, response: z.array(CommentDraft) },
  discardDraft: { request: z.object({ key: z.string().min(1).max(LIMITS.url) }), response: Done },
  reportPage: { request: PageReport, response: Done },
  readingAt: { request: ReadingAt, response: Done },
  openAnnotator: { request: Done, response: Done },
  /** The annotator painted the highlights: load its view (annotator-view.js) next to it. */
  openAnnotatorView: { request: Done, response: Done },
  /** The UI language's messages, for the annotator in a page. */
  catalog: { request: z.object({ language: z.enum(UN_LANGUAGES) }), response: CatalogMessages },
  annotatorFailed: { request: AnnotatorFailure.pick({ reason: true }), response: Done },
  /** Shows or hides a layer (a set) in every page. */
  setLayerVisible: {
    request: z.object({ setId: z.string().min(1).max(LIMITS.shortText), visible: z.boolean() }),
    response: Done,
  },
  /** An earlier revision of this document whose comments still wait to be carried over. */
  revisionOffer: {
    request: DocumentRef,
    response: z.object({
      from: z
        .object({ key: z.string(), symbol: z.string().optional(), pending: z.number() })
        .optional(),
    }),
  },
  /** Connects a set to a sync server (from the Sets tab); the credentials stay in the background. */
  connectLiveSet: { request: ConnectRequest, response: SyncStatus },
  /** Stops syncing a set; its comments stay here. */
  leaveLiveSet: {
    request: z.object({ setId: z.string().min(1).max(LIMITS.shortText) }),
    response: Done,
  },
  /** Interpretative notes kept in this browser on the articles of this document. */
  articleNotes: {
    request: DocumentRef,
    response: z
      .array(
        z.object({
          source: z.string().max(LIMITS.url),
          address: z.string().max(LIMITS.shortText),
          explains: z.string().max(LIMITS.shortText),
          text: z.string().max(LIMITS.documentText),
        }),
      )
      .max(5_000),
  },
} as const;

/** Where the background keeps each live set's status (storage.session: not for content scripts). */
export const LIVE_SYNC_STATUS_KEY = 'liveSync';

type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.input<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<Protocol[N]['response']>;

export type ErrorCode = 'invalid-request' | 'failed' | 'refused' | 'unreachable';
export interface MessageError {
  code: ErrorCode;
  /** For the developer's console; the user reads `failureReason`. */
  message: string;
  /** Why the background refused on purpose (`refused`), for the page to say in its language. */
  problems?: Problem[];
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: MessageError };
