import { describePassage } from '../utils/anchoring/describe.ts';
import {
  buildAnnotation,
  type CommentFields,
  draftKey,
  EMPTY_FIELDS,
  fieldsOf,
} from '../utils/annotations/build.ts';
import type { Annotation, Author } from '../utils/formats/annotation.ts';
import type { CommentDraft } from '../utils/formats/comment-draft.ts';
import { DEFAULT_SET_ID } from '../utils/formats/default-set.ts';
import { DEFAULT_SET_NAME } from '../utils/formats/layers.ts';
import type { HighlightPainter } from '../utils/highlight/index.ts';
import { failureDetail, failureReason } from '../utils/i18n/failure.ts';
import { currentTranslator, t } from '../utils/i18n/ui-language.ts';
import { request } from '../utils/messaging/client.ts';
import type { PageSource } from './page-source.ts';
import { AnnotationPainting } from './painting.ts';
import type { EditorState, Passage } from './state.ts';

/**
 * Turning selections into comments: the editor, its unsent drafts, save and delete. Every
 * write goes to the background, whose change signal repaints this page and the others.
 */
export class CommentEditing extends AnnotationPainting {
  constructor(
    private readonly doc: Document,
    private readonly author: Author,
    painter: HighlightPainter,
    readPage: () => PageSource,
  ) {
    super(painter, readPage);
  }

  /** The passage the user selected inside the draft, or nothing. */
  passageFromSelection(): (Passage & { range: Range }) | undefined {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
    const range = selection.getRangeAt(0);
    const offsets = this.page.offsetsFromRange(range);
    if (!offsets || offsets.end <= offsets.start) return undefined;
    const quote = this.page.search.original.slice(offsets.start, offsets.end);
    if (!quote.trim()) return undefined;
    const target = describePassage(this.page.search, offsets.start, offsets.end);
    return {
      target,
      provision: target.structure?.address ?? '',
      quote,
      range: range.cloneRange(),
    };
  }

  showToolbarForSelection(): void {
    const passage = this.passageFromSelection();
    if (!passage) {
      if (this.store.get().selection) this.store.set({ selection: undefined });
      return;
    }
    this.store.set({ selection: passage });
  }

  commentOnSelection(): void {
    const passage = this.store.get().selection ?? this.passageFromSelection();
    if (!passage) {
      this.toast(t('annotator.selectFirst'));
      return;
    }
    const { target, provision, quote, range } = passage;
    this.openEditor({
      target,
      provision,
      quote,
      ranges: [range],
      key: draftKey(this.page.documentKey, target),
      setId: this.store.get().currentSetId,
      fields: EMPTY_FIELDS,
      status: '',
    });
  }

  async highlightSelection(): Promise<void> {
    const passage = this.store.get().selection ?? this.passageFromSelection();
    if (!passage) {
      this.toast(t('annotator.selectFirst'));
      return;
    }
    this.store.set({ selection: undefined });
    // The browser's selection colour would hide the new highlight under it.
    this.doc.getSelection()?.removeAllRanges();
    await this.persist(passage, EMPTY_FIELDS, this.store.get().currentSetId);
    this.toast(
      t('annotator.highlighted', {
        provision: this.provisionLabel(passage.provision) || t('common.thePage'),
      }),
    );
  }

  openAnnotation(id: string): void {
    const annotation = this.store.get().annotations.find((candidate) => candidate.id === id);
    if (!annotation) return;
    this.openEditor({
      target: annotation.target,
      provision: annotation.provision,
      quote: annotation.target.quote.exact,
      ranges: this.passageRanges(annotation.id),
      key: draftKey(this.page.documentKey, annotation.target, annotation.id),
      setId: annotation.setId,
      fields: fieldsOf(annotation),
      base: annotation,
      status: '',
    });
  }

  private openEditor(editor: EditorState): void {
    this.store.set({ editor, selection: undefined });
  }

  /** The user's own sets, where a comment can be saved; the default one when none exists yet. */
  ownSets(): Array<{ id: string; name: string }> {
    const own = this.store.get().sets.filter((set) => set.origin === 'own');
    return own.some((set) => set.id === DEFAULT_SET_ID)
      ? own
      : [{ id: DEFAULT_SET_ID, name: DEFAULT_SET_NAME }, ...own];
  }

  chooseSet(setId: string): void {
    const editor = this.store.get().editor;
    this.store.set({ currentSetId: setId, ...(editor ? { editor: { ...editor, setId } } : {}) });
  }

  /** Every change is saved as an unsent draft at once, so closing the tab loses nothing. */
  changeFields(fields: CommentFields): void {
    const editor = this.store.get().editor;
    if (!editor) return;
    this.store.set({ editor: { ...editor, fields, status: t('annotator.draftSaved') } });
    const draft: CommentDraft = {
      key: editor.key,
      documentKey: this.page.documentKey,
      target: editor.target,
      provision: editor.provision,
      fields,
      updatedAt: new Date().toISOString(),
      ...(editor.base ? { annotationId: editor.base.id } : {}),
    };
    void request('saveDraft', draft).then((result) => {
      if (!result.ok)
        this.setEditorStatus(
          t('annotator.draftNotSaved', {
            reason: failureReason(result.error, currentTranslator()),
          }),
        );
    });
  }

  async saveEditor(): Promise<void> {
    const editor = this.store.get().editor;
    if (!editor) return;
    const result = await this.persist(editor, editor.fields, editor.setId, editor.base, editor.key);
    if (!result) return;
    this.store.set({ editor: undefined });
    this.toast(
      result.conflict
        ? t('annotator.concurrentEdit')
        : t('annotator.saved', {
            provision: this.provisionLabel(editor.provision) || t('common.thePage'),
          }),
    );
  }

  closeEditor(): void {
    this.store.set({ editor: undefined });
  }

  async discardEditor(): Promise<void> {
    const editor = this.store.get().editor;
    if (!editor) return;
    await request('discardDraft', { key: editor.key });
    this.store.set({ editor: undefined });
  }

  async deleteAnnotation(id: string): Promise<void> {
    const result = await request('deleteAnnotation', { id });
    if (!result.ok) {
      this.toast(
        t('annotator.notDeleted', {
          reason: failureReason(result.error, currentTranslator()),
        }),
        { detail: failureDetail(result.error) },
      );
      return;
    }
    this.store.set({ editor: undefined });
    this.toast(t('annotator.deleted'), { undoId: id });
  }

  async undoDelete(id: string): Promise<void> {
    const result = await request('undoDelete', { id });
    this.store.set({ toast: undefined });
    if (!result.ok)
      this.toast(
        t('annotator.notUndone', {
          reason: failureReason(result.error, currentTranslator()),
        }),
        { detail: failureDetail(result.error) },
      );
  }

  private async persist(
    passage: Passage,
    fields: CommentFields,
    setId: string,
    base?: Annotation,
    draftKey?: string,
  ) {
    const annotation = buildAnnotation({
      id: base?.id ?? crypto.randomUUID(),
      setId,
      documentKey: this.page.documentKey,
      target: passage.target,
      provision: passage.provision,
      fields,
      author: this.author,
      now: new Date(),
      ...(base ? { previous: base } : {}),
    });
    const result = await request('saveAnnotation', {
      annotation,
      ...(base ? { baseUpdatedAt: base.updatedAt } : {}),
      ...(draftKey ? { draftKey } : {}),
    });
    if (!result.ok) {
      this.setEditorStatus(
        t('annotator.notSaved', {
          reason: failureReason(result.error, currentTranslator()),
        }),
      );
      return undefined;
    }
    // No reload here: the background's change signal repaints this page as it does the others.
    return result.value;
  }

  protected restoreDraft(draft: CommentDraft, count: number): void {
    const base = draft.annotationId
      ? this.store.get().annotations.find((annotation) => annotation.id === draft.annotationId)
      : undefined;
    this.openEditor({
      target: draft.target,
      provision: draft.provision,
      quote: draft.target.quote.exact,
      ranges: base ? this.passageRanges(base.id) : this.revealPassage(draft.target),
      key: draft.key,
      setId: base?.setId ?? this.store.get().currentSetId,
      fields: draft.fields,
      ...(base ? { base } : {}),
      status:
        count > 1 ? t('annotator.restoredMany', { more: count - 1 }) : t('annotator.restoredOne'),
    });
  }

  private setEditorStatus(status: string): void {
    const editor = this.store.get().editor;
    if (editor) this.store.set({ editor: { ...editor, status } });
    else this.toast(status);
  }
}
