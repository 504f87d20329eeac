import type { StripLayer } from '../components/PageStrip.tsx';
import { type AnchorResult, anchorManySteps } from '../utils/anchoring/anchor.ts';
import { describePassage } from '../utils/anchoring/describe.ts';
import {
  buildAnnotation,
  type CommentFields,
  draftKey,
  EMPTY_FIELDS,
  fieldsOf,
} from '../utils/annotations/build.ts';
import type { Annotation, AnnotationTarget, Author } from '../utils/formats/annotation.ts';
import type { AnnotationSetInfo } from '../utils/formats/annotation-set.ts';
import type { CommentDraft } from '../utils/formats/comment-draft.ts';
import { DEFAULT_SET_ID } from '../utils/formats/default-set.ts';
import { layerLabel } from '../utils/formats/layers.ts';
import type { HighlightPainter } from '../utils/highlight/index.ts';
import type { Translator } from '../utils/i18n/translate.ts';
import { currentTranslator } from '../utils/i18n/ui-language.ts';
import { request, requestOrThrow } from '../utils/messaging/client.ts';
import { runInSlices } from '../utils/scheduling/steps.ts';
import { tableOfContents } from '../utils/un/contents.ts';
import { labelLanguage } from '../utils/un/languages.ts';
import { provisionLabel } from '../utils/un/provision-label.ts';
import type { PageSource } from './page-source.ts';
import { Store } from './store.ts';

/** Messages are made in the language in force when they are shown. */
const t: Translator['t'] = (key, values) => currentTranslator().t(key, values);

const TOAST_MS = 12_000;

export interface Passage {
  target: AnnotationTarget;
  provision: string;
  quote: string;
}

export interface EditorState extends Passage {
  key: string;
  /** The set the comment is saved in: one of the user's own sets. */
  setId: string;
  fields: CommentFields;
  /** The stored version this edit started from; absent for a new comment. */
  base?: Annotation;
  status: string;
}

export interface AnnotatorState {
  annotations: Annotation[];
  sets: AnnotationSetInfo[];
  anchors: Map<string, AnchorResult>;
  selection?: Passage & { top: number; left: number };
  editor?: EditorState;
  toast?: { message: string; undoId?: string };
  /** Where new comments go: the set last chosen in the editor. */
  currentSetId: string;
}

/**
 * The annotator's behaviour, apart from its React view: reads the draft, anchors and paints
 * the comments, turns selections into comments, and sends every write to the background.
 */
export class AnnotatorController {
  readonly store = new Store<AnnotatorState>({
    annotations: [],
    sets: [],
    anchors: new Map(),
    currentSetId: DEFAULT_SET_ID,
  });
  private page: PageSource;

  constructor(
    private readonly doc: Document,
    private readonly author: Author,
    private readonly painter: HighlightPainter,
    /** Reads the draft, through an HTML page or the PDF viewer (`integrations/`). */
    private readonly readPage: () => PageSource,
  ) {
    this.page = readPage();
  }

  get documentKey(): string {
    return this.page.documentKey;
  }

  /** Records the document, loads its comments and any unsent draft, paints, reports. */
  async start(): Promise<void> {
    await requestOrThrow('documentSeen', {
      key: this.page.documentKey,
      url: this.page.url,
      kind: this.page.kind,
      version: this.page.search.version,
      text: this.page.search.original,
      ...(this.page.symbol ? { symbol: this.page.symbol } : {}),
      ...(this.page.family ? { family: this.page.family } : {}),
      ...(this.page.language ? { language: this.page.language } : {}),
      ...(this.page.title ? { title: this.page.title.slice(0, 500) } : {}),
    });
    await this.reload();
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
    const count = from.pending === 1 ? '1 comment' : `${from.pending} comments`;
    this.toast(
      `${count} on ${from.symbol ?? 'an earlier revision'} can be carried over to this revision: open the Redline workbench, tab Revisions, to review them.`,
    );
  }

  /** Fetches the document's comments again (after a change here or in another tab). */
  async reload(): Promise<void> {
    const { annotations, sets } = await requestOrThrow('listAnnotations', {
      documentKey: this.page.documentKey,
    });
    this.store.set({ annotations, sets });
    await this.anchorAndPaint();
  }

  /** The page changed under us (re-rendered): read it again and put the highlights back. */
  async rereadPage(): Promise<void> {
    this.page = this.readPage();
    await this.anchorAndPaint();
  }

  private async anchorAndPaint(): Promise<void> {
    const { annotations } = this.store.get();
    // In slices: comments on another version of the page are weighed one by one. A page read
    // again meanwhile has its own anchoring under way: these results are for the old reading.
    const page = this.page;
    const results = await runInSlices(
      anchorManySteps(
        annotations.map((annotation) => annotation.target),
        page.search,
      ),
    );
    if (page !== this.page) return;
    const anchors = new Map(
      annotations.map((annotation, i) => [annotation.id, results[i] as AnchorResult]),
    );
    this.store.set({ anchors });
    this.repaint();
    // For the page's own performance timeline: benchmarks read when highlights were painted.
    performance.mark('redline:painted', { detail: annotations.length });
    await this.report();
  }

  /** Paints the anchors again, as the page now renders them (a PDF page came into view). */
  repaint(): void {
    const { annotations, sets, anchors } = this.store.get();
    const colours = new Map(sets.map((set) => [set.id, set]));
    const visible = annotations.filter(
      (annotation) => colours.get(annotation.setId)?.visible !== false,
    );
    this.painter.paint(
      visible.flatMap((annotation) => {
        const anchor = anchors.get(annotation.id);
        if (!anchor || anchor.status === 'orphan') return [];
        return this.page.rangesFromOffsets(anchor.start, anchor.end).map((range) => ({
          id: annotation.id,
          range,
          layer: annotation.setId,
          colour: colours.get(annotation.setId)?.colour ?? '#ffd54f',
          status: anchor.status,
        }));
      }),
    );
  }

  private async report(): Promise<void> {
    const { anchors } = this.store.get();
    await request('reportPage', {
      documentKey: this.page.documentKey,
      ...(this.page.title ? { title: this.page.title.slice(0, 500) } : {}),
      ...(this.page.language ? { language: this.page.language } : {}),
      outline: tableOfContents(this.page.outline),
      anchors: [...anchors].map(([id, anchor]) =>
        anchor.status === 'orphan'
          ? { id, status: 'orphan' as const, reason: anchor.reason }
          : {
              id,
              status: anchor.status,
              start: anchor.start,
              ...('score' in anchor ? { score: anchor.score } : {}),
            },
      ),
    });
  }

  /** The passage the user selected inside the draft, or nothing. */
  passageFromSelection(): (Passage & { rect: DOMRect }) | undefined {
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
      rect: range.getBoundingClientRect(),
    };
  }

  showToolbarForSelection(): void {
    const passage = this.passageFromSelection();
    if (!passage) {
      if (this.store.get().selection) this.store.set({ selection: undefined });
      return;
    }
    const { rect, ...rest } = passage;
    this.store.set({
      selection: {
        ...rest,
        top: rect.bottom + window.scrollY + 6,
        left: rect.left + window.scrollX,
      },
    });
  }

  commentOnSelection(): void {
    const passage = this.store.get().selection ?? this.passageFromSelection();
    if (!passage) {
      this.toast(t('annotator.selectFirst'));
      return;
    }
    const { target, provision, quote } = passage;
    this.openEditor({
      target,
      provision,
      quote,
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
      key: draftKey(this.page.documentKey, annotation.target, annotation.id),
      setId: annotation.setId,
      fields: fieldsOf(annotation),
      base: annotation,
      status: '',
    });
  }

  /** A provision as the document's language cites it, short form; '' when there is none. */
  provisionLabel(address: string): string {
    return address ? provisionLabel(address, labelLanguage(this.page.language)) : '';
  }

  private openEditor(editor: EditorState): void {
    this.store.set({ editor, selection: undefined });
  }

  /** What the page strip shows: placed and unplaced comments, and the layers present here. */
  pageSummary(): { placed: number; notPlaced: number; layers: StripLayer[] } {
    const { annotations, anchors, sets } = this.store.get();
    let notPlaced = 0;
    const counts = new Map<string, number>();
    for (const annotation of annotations) {
      if (anchors.get(annotation.id)?.status === 'orphan') notPlaced += 1;
      counts.set(annotation.setId, (counts.get(annotation.setId) ?? 0) + 1);
    }
    const layers = sets
      .filter((set) => counts.has(set.id))
      .map((set) => ({
        id: set.id,
        name: layerLabel(set),
        colour: set.colour,
        visible: set.visible,
        count: counts.get(set.id) ?? 0,
      }));
    return { placed: annotations.length - notPlaced, notPlaced, layers };
  }

  /** Shown at once here; the background then records it and tells the other pages. */
  async setLayerVisible(setId: string, visible: boolean): Promise<void> {
    const before = this.store.get().sets;
    this.store.set({ sets: before.map((set) => (set.id === setId ? { ...set, visible } : set)) });
    this.repaint();
    const result = await request('setLayerVisible', { setId, visible });
    if (result.ok) return;
    this.store.set({ sets: before });
    this.repaint();
    this.toast(t('annotator.layerNotChanged', { reason: result.error.message }));
  }

  /** The user's own sets, where a comment can be saved; the default one when none exists yet. */
  ownSets(): Array<{ id: string; name: string }> {
    const own = this.store.get().sets.filter((set) => set.origin === 'own');
    return own.some((set) => set.id === DEFAULT_SET_ID)
      ? own
      : [{ id: DEFAULT_SET_ID, name: t('annotator.myComments') }, ...own];
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
        this.setEditorStatus(t('annotator.draftNotSaved', { reason: result.error.message }));
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
      this.toast(t('annotator.notDeleted', { reason: result.error.message }));
      return;
    }
    this.store.set({ editor: undefined });
    await this.reload();
    this.toast(t('annotator.deleted'), id);
  }

  async undoDelete(id: string): Promise<void> {
    const result = await request('undoDelete', { id });
    this.store.set({ toast: undefined });
    if (!result.ok) this.toast(t('annotator.notUndone', { reason: result.error.message }));
    await this.reload();
  }

  dismissToast(): void {
    this.store.set({ toast: undefined });
  }

  /** Scrolls to a comment's passage and flashes it; false if it is not placed on this page. */
  focusAnnotation(id: string): boolean {
    const anchor = this.store.get().anchors.get(id);
    if (!anchor || anchor.status === 'orphan') return false;
    void this.reveal(anchor.start, anchor.end);
    return true;
  }

  scrollToOffset(start: number): void {
    void this.reveal(start, Math.min(start + 1, this.page.search.original.length));
  }

  private async reveal(start: number, end: number): Promise<void> {
    await this.page.reveal(start);
    const [range] = this.page.rangesFromOffsets(start, end);
    if (!range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.painter.flash(range);
  }

  idsAt(x: number, y: number): string[] {
    return this.painter.hitTest(x, y);
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
      this.setEditorStatus(t('annotator.notSaved', { reason: result.error.message }));
      return undefined;
    }
    await this.reload();
    return result.value;
  }

  private restoreDraft(draft: CommentDraft, count: number): void {
    const base = draft.annotationId
      ? this.store.get().annotations.find((annotation) => annotation.id === draft.annotationId)
      : undefined;
    this.openEditor({
      target: draft.target,
      provision: draft.provision,
      quote: draft.target.quote.exact,
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

  private toast(message: string, undoId?: string): void {
    const toast = undoId ? { message, undoId } : { message };
    this.store.set({ toast });
    // Long enough to read or undo; a newer message replaces it anyway.
    setTimeout(() => {
      if (this.store.get().toast === toast) this.store.set({ toast: undefined });
    }, TOAST_MS);
  }
}
