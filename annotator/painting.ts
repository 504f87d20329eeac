import type { StripLayer, StripNote } from '../components/PageStrip.tsx';
import { type AnchorResult, anchor, anchorOnVersionsSteps } from '../utils/anchoring/anchor.ts';
import { SearchText } from '../utils/anchoring/search-text.ts';
import type { PassageSelectors } from '../utils/anchoring/selectors.ts';
import { isHighlightOnly } from '../utils/annotations/build.ts';
import { highlightsOf } from '../utils/annotations/highlights.ts';
import type { Annotation } from '../utils/formats/annotation.ts';
import type { AnnotationSetInfo } from '../utils/formats/annotation-set.ts';
import { DEFAULT_SET_ID } from '../utils/formats/default-set.ts';
import { layerLabel } from '../utils/formats/layers.ts';
import type { HighlightPainter } from '../utils/highlight/index.ts';
import { failureDetail, failureReason } from '../utils/i18n/failure.ts';
import { currentTranslator, t } from '../utils/i18n/ui-language.ts';
import { request, requestOrThrow } from '../utils/messaging/client.ts';
import { runInSlices, yieldToPage } from '../utils/scheduling/steps.ts';
import { entryInView, tableOfContents } from '../utils/un/contents.ts';
import { labelLanguage } from '../utils/un/languages.ts';
import { articleOf } from '../utils/un/notes-links.ts';
import { flattenUnits } from '../utils/un/outline.ts';
import { provisionLabel } from '../utils/un/provision-label.ts';
import type { PageSource } from './page-source.ts';
import type { AnnotatorState } from './state.ts';
import { Store } from './store.ts';

const TOAST_MS = 12_000;

/**
 * The comments on the page as painted: fetches them, anchors and paints them, reports them
 * to the side panel, shows layers and messages. Editing them is `CommentEditing`'s.
 */
export class AnnotationPainting {
  readonly store = new Store<AnnotatorState>({
    annotations: [],
    sets: [],
    anchors: new Map(),
    currentSetId: DEFAULT_SET_ID,
    articleNotes: [],
  });
  protected page: PageSource;
  /**
   * Earlier texts of this draft by version, as the background kept them (undefined: not kept).
   * A version's text never changes, so each is asked for once.
   */
  private readonly earlierTexts = new Map<string, SearchText | undefined>();

  constructor(
    private readonly painter: HighlightPainter,
    /** Reads the draft, through an HTML page or the PDF viewer (`integrations/`). */
    private readonly readPage: () => PageSource,
  ) {
    this.page = readPage();
  }

  get documentKey(): string {
    return this.page.documentKey;
  }

  /** Fetches the document's comments again (after a change here or in another tab). */
  async reload(): Promise<void> {
    await this.show(await this.fetchComments());
  }

  protected fetchComments(): Promise<{ annotations: Annotation[]; sets: AnnotationSetInfo[] }> {
    return requestOrThrow('listAnnotations', { documentKey: this.page.documentKey });
  }

  /** Anchors and paints these comments in place of those shown. */
  protected async show({
    annotations,
    sets,
  }: {
    annotations: Annotation[];
    sets: AnnotationSetInfo[];
  }): Promise<void> {
    this.store.set({ annotations, sets });
    // The view renders the list in this task (a microtask of the store's change); the
    // anchoring starts in the next.
    await yieldToPage();
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
    const earlier = await this.earlierVersions(annotations, page);
    const results = await runInSlices(
      anchorOnVersionsSteps(
        annotations.map((annotation) => annotation.target),
        page.search,
        earlier,
      ),
    );
    if (page !== this.page) return;
    const anchors = new Map(
      annotations.map((annotation, i) => [annotation.id, results[i] as AnchorResult]),
    );
    this.repaint(anchors);
    // For the page's own performance timeline: benchmarks read when highlights were painted.
    performance.mark('redline:painted', { detail: annotations.length });
    // The highlights show first; the page strip renders on the store's change, in its own task.
    await yieldToPage();
    if (page !== this.page) return;
    this.store.set({ anchors });
    await this.report();
  }

  /**
   * The texts of the versions these comments were made on, where that is not the page's own and
   * Redline kept it: with them a comment is carried by what the versions share, so an edited
   * passage is found and a deleted one is not placed on a copy of its words elsewhere.
   */
  private async earlierVersions(
    annotations: readonly Annotation[],
    page: PageSource,
  ): Promise<Map<string, SearchText>> {
    const wanted = new Set(
      annotations
        .map((annotation) => annotation.target.documentVersion)
        .filter((version) => version !== page.search.version && !this.earlierTexts.has(version)),
    );
    for (const version of wanted) {
      const answer = await request('versionText', { documentKey: page.documentKey, version });
      // Unanswered now (the background restarting): quotes alone this time, asked again next.
      if (!answer.ok) continue;
      const { text } = answer.value;
      this.earlierTexts.set(version, text === undefined ? undefined : new SearchText(text));
    }
    const earlier = new Map<string, SearchText>();
    for (const [version, text] of this.earlierTexts) if (text) earlier.set(version, text);
    return earlier;
  }

  /** Paints the anchors again, as the page now renders them (a PDF page came into view). */
  repaint(anchors = this.store.get().anchors): void {
    const { annotations, sets } = this.store.get();
    const page = this.page;
    this.painter.paint(
      highlightsOf(annotations, sets, anchors, (start, end) => page.rangesFromOffsets(start, end)),
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

  /** What the page strip shows: placed and unplaced comments, and the layers present here. */
  pageSummary(): {
    comments: number;
    highlights: number;
    notPlaced: number;
    layers: StripLayer[];
  } {
    const { annotations, anchors, sets } = this.store.get();
    let notPlaced = 0;
    let highlights = 0;
    const counts = new Map<string, number>();
    for (const annotation of annotations) {
      if (anchors.get(annotation.id)?.status === 'orphan') notPlaced += 1;
      else if (isHighlightOnly(annotation)) highlights += 1;
      counts.set(annotation.setId, (counts.get(annotation.setId) ?? 0) + 1);
    }
    const layers = sets
      .filter((set) => counts.has(set.id))
      .map((set) => ({
        id: set.id,
        name: layerLabel(set, currentTranslator()),
        colour: set.colour,
        visible: set.visible,
        count: counts.get(set.id) ?? 0,
      }));
    return { comments: annotations.length - notPlaced - highlights, highlights, notPlaced, layers };
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
    this.toast(
      t('annotator.layerNotChanged', {
        reason: failureReason(result.error, currentTranslator()),
      }),
      { detail: failureDetail(result.error) },
    );
  }

  dismissToast(): void {
    this.store.set({ toast: undefined });
  }

  /** Where a comment's passage shows on the page now; none when it is not placed. */
  protected passageRanges(id: string): Range[] {
    const anchor = this.store.get().anchors.get(id);
    if (!anchor || anchor.status === 'orphan') return [];
    return this.page.rangesFromOffsets(anchor.start, anchor.end);
  }

  /** The notes kept on this draft's articles, each with where its article starts on the page. */
  notesOnArticles(): StripNote[] {
    const starts = new Map(
      flattenUnits(this.page.outline.units)
        .filter((unit) => unit.kind === 'article')
        .map((unit) => [unit.address, unit.start]),
    );
    return this.store.get().articleNotes.flatMap((note) => {
      const article = articleOf(note.explains);
      const start = article ? starts.get(article) : undefined;
      return article && start !== undefined
        ? [
            {
              article,
              label: t('strip.noteOn', {
                source: note.source,
                address: note.address,
                article: note.explains,
              }),
              start,
            },
          ]
        : [];
    });
  }

  /**
   * A passage with no comment yet (an unsent draft's), found on the page now, scrolled to and
   * flashed: the editor reopens beside it rather than in a corner.
   */
  protected revealPassage(passage: PassageSelectors): Range[] {
    const found = anchor(passage, this.page.search);
    if (found.status === 'orphan') return [];
    void this.reveal(found.start, found.end);
    return this.page.rangesFromOffsets(found.start, found.end);
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

  /** The start of the outline entry the reader is in: the last one begun above `line`. */
  readingAt(line: number): number | undefined {
    const page = this.page;
    return entryInView(tableOfContents(page.outline), (start) => page.topOf(start), line)?.start;
  }

  idsAt(x: number, y: number): string[] {
    return this.painter.hitTest(x, y);
  }

  /**
   * A caret moved into a highlight (keyboard, caret browsing): say its comment in the polite
   * live region, since a painted highlight has no element a screen reader could read.
   */
  announceAt(x: number, y: number): void {
    const [id] = this.idsAt(x, y);
    const annotation = this.store.get().annotations.find((candidate) => candidate.id === id);
    if (!annotation) return;
    const provision = this.provisionLabel(annotation.provision) || t('common.thisPassage');
    this.toast(
      isHighlightOnly(annotation)
        ? t('annotator.announceHighlight', { provision })
        : t('annotator.announceComment', { provision, comment: annotation.comment }),
    );
  }

  /** A provision as the document's language cites it, short form; '' when there is none. */
  provisionLabel(address: string): string {
    return address ? provisionLabel(address, labelLanguage(this.page.language)) : '';
  }

  /** A message, with an undo for a deletion or the technical detail of a failure. */
  protected toast(
    message: string,
    more: { undoId?: string; detail?: string | undefined } = {},
  ): void {
    const toast = { message, ...more };
    this.store.set({ toast });
    // Long enough to read or undo; a newer message replaces it anyway.
    setTimeout(() => {
      if (this.store.get().toast === toast) this.store.set({ toast: undefined });
    }, TOAST_MS);
  }
}
