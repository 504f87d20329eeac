import { browser } from 'wxt/browser';
import {
  deleteAnnotation,
  listAnnotations,
  saveAnnotation,
  undoDelete,
} from '../../utils/db/annotations.ts';
import { recordDocument } from '../../utils/db/documents.ts';
import { discardDraft, listDrafts, saveDraft } from '../../utils/db/drafts.ts';
import type { RedlineDb } from '../../utils/db/index.ts';
import { loadProfile } from '../../utils/db/profile.ts';
import {
  allSets,
  articleNotesBeside,
  documentAtAddress,
  revisionText,
} from '../../utils/db/queries.ts';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { problem } from '../../utils/formats/import/problem.ts';
import { EVERY_DOCUMENT, signalChange } from '../../utils/messaging/change-signal.ts';
import { handle, Refusal } from '../../utils/messaging/handle.ts';
import {
  annotatorFailureKey,
  pageReportKey,
  pageSeenKey,
  readingAtKey,
} from '../../utils/messaging/page-report.ts';
import type { AnnotatorFailure } from '../../utils/messaging/protocol.ts';
import { awaitingCarry } from '../../utils/revisions/carry.ts';
import { earlierRevisions } from '../../utils/revisions/family.ts';
import { AddressPrefetch, prefetchOnNavigation } from './address-prefetch.ts';
import { toolbarButton } from './toolbar-button.ts';

/** Every request that reads or writes the database: the background answers them all. */
export function handleDataRequests(db: RedlineDb): void {
  handle('ping', async () => ({ version: browser.runtime.getManifest().version }));

  handle('pageSeen', async (seen, sender) => {
    if (sender.tabId === undefined) return {};
    // A new page: whatever failed on the one before is past. Cleared first: the content script
    // asks for the annotator without waiting for this answer, and it may fail meanwhile.
    await Promise.all([
      browser.storage.session.remove(annotatorFailureKey(sender.tabId)),
      browser.storage.session.set({ [pageSeenKey(sender.tabId)]: seen }),
    ]);
    const count =
      seen.kind === 'draft' ? Math.max(1, seen.documents.length) : seen.documents.length;
    await showDocumentCount(sender.tabId, count);
    return {};
  });

  handle('documentSeen', async (seen) => recordDocument(db, seen));

  handle('whoAmI', async () => {
    const profile = await loadProfile(db);
    return {
      id: profile.authorId,
      name: profile.authorName,
      ...(profile.organisation ? { organisation: profile.organisation } : {}),
    };
  });

  handle('listAnnotations', ({ documentKey }) => annotationsWithSets(db, documentKey));

  const prefetch = new AddressPrefetch(async (url) => {
    const document = await documentAtAddress(db, url);
    if (!document) return { annotations: [], sets: [] };
    return { documentKey: document.key, ...(await annotationsWithSets(db, document.key)) };
  });
  prefetchOnNavigation(prefetch);
  handle('annotationsAtAddress', ({ url }, sender) => prefetch.answer(sender.tabId, url));

  handle('versionText', async ({ documentKey, version }) => {
    const text = await revisionText(db, documentKey, version);
    return text === undefined ? {} : { text };
  });

  handle('saveAnnotation', async ({ annotation, baseUpdatedAt, draftKey }) => {
    const outcome = await saveAnnotation(db, annotation, baseUpdatedAt, draftKey);
    await signalChange(annotation.documentKey);
    return { saved: outcome.saved, conflict: outcome.conflict !== undefined };
  });
  handle('deleteAnnotation', async ({ id }) => signalled(await deleteAnnotation(db, id)));
  handle('undoDelete', async ({ id }) => signalled(await undoDelete(db, id)));

  handle('saveDraft', async (draft) => {
    await saveDraft(db, draft);
    return {};
  });
  handle('listDrafts', async ({ documentKey }) => listDrafts(db, documentKey));
  handle('discardDraft', async ({ key }) => {
    await discardDraft(db, key);
    return {};
  });

  handle('setLayerVisible', async ({ setId, visible }) => {
    const changed = await db.sets.update(setId, { visible, updatedAt: new Date().toISOString() });
    if (changed === 0) throw new Refusal([problem('setNotFound', { id: setId })]);
    await signalChange(EVERY_DOCUMENT);
    return {};
  });

  handle('revisionOffer', async ({ documentKey }) => {
    const earlier = earlierRevisions(await db.documents.toArray(), documentKey);
    const current = await listAnnotations(db, documentKey);
    for (const revision of earlier) {
      const pending = awaitingCarry(await listAnnotations(db, revision.key), current).length;
      if (pending > 0) {
        return {
          from: {
            key: revision.key,
            pending,
            ...(revision.symbol ? { symbol: revision.symbol } : {}),
          },
        };
      }
    }
    return {};
  });

  handle('articleNotes', async ({ documentKey }) =>
    [...(await articleNotesBeside(db, documentKey)).values()].flat(),
  );

  handle('reportPage', async (report, sender) => {
    if (sender.tabId === undefined) return {};
    await browser.storage.session.set({ [pageReportKey(sender.tabId)]: report });
    await browser.storage.session.remove(annotatorFailureKey(sender.tabId));
    return {};
  });

  handle('readingAt', async (reading, sender) => {
    if (sender.tabId !== undefined)
      await browser.storage.session.set({ [readingAtKey(sender.tabId)]: reading });
    return {};
  });

  handle('annotatorFailed', async ({ reason }, sender) => {
    if (sender.tabId !== undefined) await recordAnnotatorFailure(sender.tabId, reason);
    return {};
  });
}

/** A document's comments, with the sets they belong to (the annotator shows whose they are). */
async function annotationsWithSets(db: RedlineDb, documentKey: string) {
  const [annotations, sets] = await Promise.all([listAnnotations(db, documentKey), allSets(db)]);
  return { annotations, sets };
}

/** Kept for the popup, which tells the user the annotator is not running and why. */
export async function recordAnnotatorFailure(tabId: number, reason: string): Promise<void> {
  const failure: AnnotatorFailure = { reason, at: new Date().toISOString() };
  await browser.storage.session.set({ [annotatorFailureKey(tabId)]: failure });
}

async function signalled(annotation: Annotation): Promise<Annotation> {
  await signalChange(annotation.documentKey);
  return annotation;
}

async function showDocumentCount(tabId: number, count: number): Promise<void> {
  await toolbarButton.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await toolbarButton.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}
