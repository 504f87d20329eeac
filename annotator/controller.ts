import type { AskedComments } from '../utils/annotations/draft-handoff.ts';
import { t } from '../utils/i18n/ui-language.ts';
import { request, requestOrThrow, valueOrThrow } from '../utils/messaging/client.ts';
import { CommentEditing } from './editing.ts';

/**
 * The annotator's behaviour, apart from its React view: reads the draft, anchors and paints
 * the comments (`painting.ts`), turns selections into comments and sends every write to the
 * background (`editing.ts`).
 */
export class AnnotatorController extends CommentEditing {
  /**
   * Records the document, loads its comments (or takes those the content script asked for) and
   * any unsent draft, paints, reports.
   */
  async start(asked?: AskedComments): Promise<void> {
    // The version's hash alone: the page's text (a few hundred KB to copy into a message) goes
    // only to a background that does not keep it yet, on the first visit of this version.
    const seen = {
      key: this.page.documentKey,
      url: this.page.url,
      kind: this.page.kind,
      version: this.page.search.version,
      ...(this.page.symbol ? { symbol: this.page.symbol } : {}),
      ...(this.page.family ? { family: this.page.family } : {}),
      ...(this.page.language ? { language: this.page.language } : {}),
      ...(this.page.title ? { title: this.page.title.slice(0, 500) } : {}),
    };
    const record = async () => {
      const { textKept } = await requestOrThrow('documentSeen', seen);
      if (!textKept)
        await requestOrThrow('documentSeen', { ...seen, text: this.page.search.original });
    };
    // The comments are painted meanwhile: they are anchored on the page, not on the record.
    const recorded = record();
    const comments =
      asked?.documentKey === this.page.documentKey
        ? valueOrThrow(await asked.answer)
        : await this.fetchComments();
    await this.show(comments);
    await recorded;
    const notes = await request('articleNotes', { documentKey: this.page.documentKey });
    if (notes.ok) this.store.set({ articleNotes: notes.value });
    const drafts = await requestOrThrow('listDrafts', { documentKey: this.page.documentKey });
    const latest = drafts.at(-1);
    if (latest) this.restoreDraft(latest, drafts.length);
    else await this.offerCarryOver();
  }

  /** A newer revision: say that comments on an earlier one wait, never carry them unasked. */
  private async offerCarryOver(): Promise<void> {
    const offer = await request('revisionOffer', { documentKey: this.page.documentKey });
    const from = offer.ok ? offer.value.from : undefined;
    if (!from) return;
    this.toast(
      t('annotator.carryOver', {
        count: from.pending,
        revision: from.symbol ?? t('annotator.earlierRevision'),
      }),
    );
  }
}
