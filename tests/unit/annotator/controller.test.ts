import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AnnotatorController } from '../../../annotator/controller.ts';
import { htmlPageSource } from '../../../annotator/integrations/html.ts';
import type { PageSource } from '../../../annotator/page-source.ts';
import { handleDataRequests } from '../../../entrypoints/background/data-handlers.ts';
import { anchor } from '../../../utils/anchoring/anchor.ts';
import { EMPTY_FIELDS, fieldsOf } from '../../../utils/annotations/build.ts';
import {
  askCommentsAtAddress,
  takeCommentsAtAddress,
} from '../../../utils/annotations/comments-ahead.ts';
import {
  type AskedComments,
  type Detection,
  loadAnnotatorAhead,
  takeDetection,
  withdrawDetection,
} from '../../../utils/annotations/draft-handoff.ts';
import type { Author } from '../../../utils/formats/annotation.ts';
import { DEFAULT_SET_ID } from '../../../utils/formats/default-set.ts';
import type { HighlightPainter, PaintedHighlight } from '../../../utils/highlight/index.ts';
import { onChangeSignal } from '../../../utils/messaging/change-signal.ts';
import { request } from '../../../utils/messaging/client.ts';
import { runAll } from '../../../utils/scheduling/steps.ts';
import { extractDraftTextSteps } from '../../../utils/un/draft-page.ts';
import { deleteOpened, freshDb } from '../../harness/fresh-db.ts';
import { shownIn, withCustomHighlights } from '../highlight/fake-highlights.ts';
import { installCallbackChrome } from '../messaging/chrome-callbacks.ts';
import { DRAFT_URL, fixturePage } from '../un/fixtures.ts';

const AUTHOR: Author = { id: 'author-1', name: 'Amina Diallo' };
const QUOTE = '“Organized criminal group” shall mean a structured group of three or more persons';
const EDITED = 'existing for a period of time and acting in concert';
const EDITED_NOW =
  'existing for a period of time, whether or not formally constituted, and acting in concert';

/** Remembers every paint, as the page would show it, and every flash. */
class FakePainter implements HighlightPainter {
  readonly paints: PaintedHighlight[][] = [];
  readonly flashed: Range[] = [];
  paint(highlights: readonly PaintedHighlight[]): void {
    this.paints.push([...highlights]);
  }
  hitTest(): string[] {
    return (this.paints.at(-1) ?? []).map((highlight) => highlight.id);
  }
  flash(range: Range): void {
    this.flashed.push(range);
  }
  clear(): void {
    this.paints.push([]);
  }
  /** What the last paint shows: each highlight's text and status. */
  shown(): Array<{ text: string; status: string; layer: string }> {
    return (this.paints.at(-1) ?? []).map(({ range, status, layer }) => ({
      text: range.toString(),
      status,
      layer,
    }));
  }
}

/** One tab with the annotator: its controller wired to the change signal as `mount.ts` does. */
async function openTab(doc: Document) {
  const painter = new FakePainter();
  const readPage = (): PageSource => htmlPageSource(doc);
  const controller = new AnnotatorController(doc, AUTHOR, painter, readPage);
  await controller.start();
  onChangeSignal(controller.documentKey, () => void controller.reload());
  return { controller, painter, page: readPage() };
}

function select(doc: Document, page: PageSource, quote: string): void {
  const start = page.search.original.indexOf(quote);
  expect(start).toBeGreaterThan(-1);
  const [range] = page.rangesFromOffsets(start, start + quote.length);
  if (!range) throw new Error('quote not rendered');
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Lets the background's answers and the change signal travel until nothing more is pending. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the annotator controller on the UNTOC draft page', () => {
  const db = freshDb();
  const doc = fixturePage('untoc-draft.html', DRAFT_URL);

  beforeAll(() => {
    fakeBrowser.reset();
    installCallbackChrome();
    handleDataRequests(db);
  });
  afterAll(deleteOpened);

  it('records the document and paints nothing on a page without comments', async () => {
    const { controller, painter } = await openTab(doc);
    expect(controller.documentKey).toBe('A/AC.254/4/Rev.11|en');
    const record = await db.documents.get(controller.documentKey);
    expect(record).toMatchObject({ kind: 'html' });
    // Sent by hash first, then the text, which the background did not have yet.
    const [version] = record?.versions ?? [];
    const kept = await db.texts.get([controller.documentKey, version as string]);
    expect(kept?.text).toBe(htmlPageSource(doc).search.original);
    expect(painter.paints).toEqual([[]]);
    expect(controller.store.get().editor).toBeUndefined();
  });

  it('turns a selection into a comment, keeps a draft while typing, and saves with one reload', async () => {
    const { controller, painter, page } = await openTab(doc);
    const other = await openTab(doc);
    select(doc, page, QUOTE);
    controller.commentOnSelection();
    const editor = controller.store.get().editor;
    expect(editor).toMatchObject({
      provision: 'Art. 2(a)',
      quote: QUOTE,
      setId: DEFAULT_SET_ID,
    });

    controller.changeFields({ ...EMPTY_FIELDS, comment: 'Define “structured”.' });
    await vi.waitFor(async () => expect(await db.drafts.count()).toBe(1));

    const paintsBefore = painter.paints.length;
    const otherPaintsBefore = other.painter.paints.length;
    await controller.saveEditor();
    await settle();
    expect(controller.store.get().editor).toBeUndefined();
    expect(controller.store.get().toast?.message).toBe('Comment saved on Art. 2(a).');
    expect(await db.drafts.count()).toBe(0);
    // One save, one listing and one paint here; the other tab repaints from the signal.
    expect(painter.paints.length).toBe(paintsBefore + 1);
    expect(painter.shown()).toEqual([{ text: QUOTE, status: 'exact', layer: DEFAULT_SET_ID }]);
    expect(other.painter.paints.length).toBe(otherPaintsBefore + 1);
    expect(other.painter.shown()).toEqual(painter.shown());
  });

  it('deletes a comment in every tab, and undoes the deletion in every tab', async () => {
    const { controller, painter } = await openTab(doc);
    const other = await openTab(doc);
    const [saved] = controller.store.get().annotations;
    if (!saved) throw new Error('the comment saved before is missing');

    const paintsBefore = painter.paints.length;
    await controller.deleteAnnotation(saved.id);
    await settle();
    expect(painter.paints.length).toBe(paintsBefore + 1);
    expect(controller.store.get().toast).toEqual({ message: 'Comment deleted.', undoId: saved.id });
    expect(painter.shown()).toEqual([]);
    expect(other.painter.shown()).toEqual([]);

    await controller.undoDelete(saved.id);
    await settle();
    expect(painter.paints.length).toBe(paintsBefore + 2);
    expect(controller.store.get().toast).toBeUndefined();
    expect(painter.shown()).toEqual([{ text: QUOTE, status: 'exact', layer: DEFAULT_SET_ID }]);
    expect(other.painter.shown()).toEqual(painter.shown());
  });

  it('paints the comments the content script asked for, and asks itself when they are for another document', async () => {
    const start = async (asked: AskedComments) => {
      const painter = new FakePainter();
      const controller = new AnnotatorController(doc, AUTHOR, painter, () => htmlPageSource(doc));
      await controller.start(asked);
      return painter;
    };
    const { controller } = await openTab(doc);
    const documentKey = controller.documentKey;
    const stored = await request('listAnnotations', { documentKey });
    expect(stored.ok && stored.value.annotations.length).toBe(1);

    const asked = await start({ documentKey, answer: request('listAnnotations', { documentKey }) });
    expect(asked.shown()).toEqual([{ text: QUOTE, status: 'exact', layer: DEFAULT_SET_ID }]);
    // An answer for this document is painted as it came, with no second request.
    const none = await start({
      documentKey,
      answer: Promise.resolve({ ok: true, value: { annotations: [], sets: [] } }),
    });
    expect(none.shown()).toEqual([]);
    const elsewhere = await start({
      documentKey: 'A/AC.254/4/Rev.10|en',
      answer: Promise.resolve({ ok: true, value: { annotations: [], sets: [] } }),
    });
    expect(elsewhere.shown()).toEqual(asked.shown());
  });

  it('takes the comments read at the page’s address while the page was read, and reads by key when the address held another document', async () => {
    const documentKey = (await openTab(doc)).controller.documentKey;
    const text = runAll(extractDraftTextSteps(doc));
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const asked = () => sent.mock.calls.map(([message]) => (message as { type: string }).type);
    const commentsOf = async (detection: Promise<Detection | undefined>) => {
      const detected = await detection;
      if (detected === undefined || detected === 'no-draft')
        throw new Error('no draft handed over');
      const answer = await detected.comments?.answer;
      return answer?.ok
        ? answer.value.annotations.map((annotation) => annotation.target.quote.exact)
        : answer;
    };

    /** The comments handed over with this draft, read at `url` while the page was read. */
    const handedOver = (url: string) => {
      const ahead = loadAnnotatorAhead(url);
      const detection = takeDetection();
      ahead.settle({ text, documentKey });
      return commentsOf(detection);
    };

    // The address was read as this document on the visit before: its comments, asked once.
    await expect(handedOver(`${DRAFT_URL}#art-2`)).resolves.toEqual([QUOTE]);
    expect(asked()).toEqual(['annotationsAtAddress', 'openAnnotator']);

    // Asked for as the page's document started: taken then, not asked again.
    sent.mockClear();
    askCommentsAtAddress(`${DRAFT_URL}#art-2`);
    await expect(handedOver(`${DRAFT_URL}#art-2`)).resolves.toEqual([QUOTE]);
    expect(asked()).toEqual(['annotationsAtAddress', 'openAnnotator']);
    // Asked for at another address (the page moved on since, in its history): asked anew.
    sent.mockClear();
    askCommentsAtAddress('https://www.unodc.org/before.html');
    await expect(handedOver(DRAFT_URL)).resolves.toEqual([QUOTE]);
    expect(asked()).toEqual(['annotationsAtAddress', 'annotationsAtAddress', 'openAnnotator']);
    // A page that holds no draft drops what was asked for: nothing is left to take.
    sent.mockClear();
    askCommentsAtAddress(DRAFT_URL);
    takeCommentsAtAddress();
    await vi.waitFor(() => expect(asked()).toEqual(['annotationsAtAddress']));
    sent.mockClear();
    loadAnnotatorAhead(DRAFT_URL).settle();
    await expect(takeDetection()).resolves.toBe('no-draft');
    expect(asked()).toEqual(['annotationsAtAddress', 'openAnnotator']);

    // The page now holds another document (a new revision at the same address): read by its key.
    sent.mockClear();
    loadAnnotatorAhead(DRAFT_URL).settle({ text, documentKey: 'A/AC.254/4/Rev.12|en' });
    await expect(commentsOf(takeDetection())).resolves.toEqual([]);
    expect(asked()).toEqual(['annotationsAtAddress', 'openAnnotator', 'listAnnotations']);

    // An address Redline never read: read by key.
    sent.mockClear();
    loadAnnotatorAhead('https://www.unodc.org/elsewhere.html').settle({ text, documentKey });
    await expect(commentsOf(takeDetection())).resolves.toEqual([QUOTE]);
    expect(asked()).toEqual(['annotationsAtAddress', 'openAnnotator', 'listAnnotations']);
    sent.mockRestore();
  });

  it('paints the comments made on this very text once it is indexed, and hands the painter to the annotator', async () => {
    const documentKey = (await openTab(doc)).controller.documentKey;
    const highlights = withCustomHighlights(doc);
    const { registry } = highlights;
    try {
      const read = () => {
        const ahead = loadAnnotatorAhead(DRAFT_URL);
        const draft = runAll(
          extractDraftTextSteps(doc, undefined, (index, root) => ahead.indexed(index, root)),
        );
        return { ahead, draft };
      };
      const { ahead, draft } = read();
      const detection = takeDetection();
      ahead.settle({ text: draft, documentKey });
      const detected = await detection;
      if (typeof detected !== 'object') throw new Error('no draft handed over');
      const painted = { 'redline-layer0-exact': [QUOTE] };
      expect(shownIn(registry)).toEqual(painted);
      // The annotator paints with the same painter: the same highlights, nothing painted twice.
      const { painter } = detected;
      if (!painter) throw new Error('the painter was not handed over');
      const controller = new AnnotatorController(doc, AUTHOR, painter, () =>
        htmlPageSource(doc, draft),
      );
      await controller.start(detected.comments);
      expect(shownIn(registry)).toEqual(painted);
      painter.clear();

      // The page held no draft after all, or the annotator could not be loaded: nothing stays.
      const empty = read();
      empty.ahead.settle();
      await expect(takeDetection()).resolves.toBe('no-draft');
      expect(registry.size).toBe(0);
      const failed = read();
      failed.ahead.settle({ text: failed.draft, documentKey });
      await vi.waitFor(() => expect(registry.size).toBe(1));
      withdrawDetection();
      await vi.waitFor(() => expect(registry.size).toBe(0));
    } finally {
      highlights.remove();
    }
  });

  it('tells an annotator loaded while the page was read whether it held a draft, once', async () => {
    const text = runAll(extractDraftTextSteps(doc));
    // Loaded on request, with no reading under way: it reads the page itself.
    await expect(takeDetection()).resolves.toBeUndefined();
    loadAnnotatorAhead(DRAFT_URL).settle();
    await expect(takeDetection()).resolves.toBe('no-draft');
    await expect(takeDetection()).resolves.toBeUndefined();
    // The annotator could not be loaded: one loaded later reads the page anew.
    loadAnnotatorAhead(DRAFT_URL).settle({ text, documentKey: 'A/AC.254/4/Rev.11|en' });
    withdrawDetection();
    await expect(takeDetection()).resolves.toBeUndefined();
    // The page re-rendered its text since it was read: read again.
    const rerendered = fixturePage('untoc-draft.html', DRAFT_URL);
    const stale = runAll(extractDraftTextSteps(rerendered));
    rerendered.body.replaceChildren();
    loadAnnotatorAhead(DRAFT_URL).settle({ text: stale, documentKey: 'A/AC.254/4/Rev.11|en' });
    await expect(takeDetection()).resolves.toBeUndefined();
  });

  it('reopens the unsent draft of an earlier visit on the comment it edits', async () => {
    const first = await openTab(doc);
    const [saved] = first.controller.store.get().annotations;
    if (!saved) throw new Error('the comment saved before is missing');
    first.controller.openAnnotation(saved.id);
    expect(first.controller.store.get().editor?.fields.comment).toBe('Define “structured”.');
    first.controller.changeFields({
      ...fieldsOf(saved),
      comment: 'Define “structured” and “group”.',
    });
    await vi.waitFor(async () => expect(await db.drafts.count()).toBe(1));

    const { controller } = await openTab(doc);
    expect(controller.store.get().editor).toMatchObject({
      base: { id: saved.id },
      fields: { comment: 'Define “structured” and “group”.' },
      status: 'Restored your unsent comment.',
    });
    await controller.discardEditor();
    expect(await db.drafts.count()).toBe(0);
    expect(controller.store.get().editor).toBeUndefined();
  });

  it('hides a layer at once, and puts it back with a message when the background refuses', async () => {
    const { controller, painter } = await openTab(doc);
    await controller.setLayerVisible(DEFAULT_SET_ID, false);
    expect(painter.shown()).toEqual([]);
    await settle();
    expect(painter.shown()).toEqual([]);
    expect((await db.sets.get(DEFAULT_SET_ID))?.visible).toBe(false);
    await controller.setLayerVisible(DEFAULT_SET_ID, true);
    await settle();
    expect(painter.shown()).toHaveLength(1);

    await controller.setLayerVisible('no-such-set', false);
    expect(controller.store.get().toast?.message).toBe(
      'Layer not changed: there is no set "no-such-set" (it may have been deleted)',
    );
  });

  it('carries a comment made on an earlier text of the page by that text, which quotes alone cannot', async () => {
    const { controller, page } = await openTab(doc);
    select(doc, page, EDITED);
    controller.commentOnSelection();
    controller.changeFields({ ...EMPTY_FIELDS, comment: 'Which period?' });
    await controller.saveEditor();
    await settle();

    // The page at the same address now holds a revised text: words inserted inside the passage.
    const revised = fixturePage('untoc-draft.html', DRAFT_URL);
    revised.body.innerHTML = revised.body.innerHTML.replace(EDITED, EDITED_NOW);
    const { controller: reopened, painter } = await openTab(revised);
    expect(reopened.documentKey).toBe(controller.documentKey);
    const shown = painter.shown().find(({ text }) => text !== QUOTE);
    expect(shown).toEqual({ text: EDITED_NOW, status: 'fuzzy', layer: DEFAULT_SET_ID });

    // The same comment by its quote alone, as before the page asked for the earlier text.
    const search = htmlPageSource(revised).search;
    const saved = reopened.store
      .get()
      .annotations.find(({ comment }) => comment === 'Which period?');
    if (!saved) throw new Error('the comment is missing');
    expect(anchor(saved.target, search)).toEqual({ status: 'orphan', reason: 'not found' });
  });

  it('flashes a placed comment and tells the user when a selection is missing', async () => {
    const { controller, painter } = await openTab(doc);
    const saved = controller.store
      .get()
      .annotations.find(({ target }) => target.quote.exact === QUOTE);
    if (!saved) throw new Error('the comment saved before is missing');
    expect(controller.focusAnnotation(saved.id)).toBe(true);
    await vi.waitFor(() => expect(painter.flashed.map(String)).toEqual([QUOTE]));
    expect(controller.focusAnnotation('unknown')).toBe(false);

    doc.getSelection()?.removeAllRanges();
    controller.commentOnSelection();
    expect(controller.store.get().toast?.message).toBe('Select a passage of the draft first.');
  });
});
