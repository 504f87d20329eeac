import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchorMany } from '../../../utils/anchoring/anchor.ts';
import { describePassage } from '../../../utils/anchoring/describe.ts';
import type { TextIndex } from '../../../utils/anchoring/text-index.ts';
import { paintCommentsAsMade } from '../../../utils/annotations/paint-as-made.ts';
import type { Annotation } from '../../../utils/formats/annotation.ts';
import type { AnnotationSetInfo } from '../../../utils/formats/annotation-set.ts';
import { runAll } from '../../../utils/scheduling/steps.ts';
import { detectPageSteps } from '../../../utils/un/detect.ts';
import { readDraftPage } from '../../../utils/un/draft-page.ts';
import { annotationOn } from '../annotations/fixtures.ts';
import { shownIn, withCustomHighlights } from '../highlight/fake-highlights.ts';
import { DRAFT_URL, fixturePage } from '../un/fixtures.ts';

const HERE = '“Organized criminal group” shall mean a structured group of three or more persons';
const HIDDEN = '“Serious crime” shall mean conduct constituting an offence';
const EDITED = 'existing for a period of time and acting in concert';

const SETS: AnnotationSetInfo[] = [
  { id: 'mine', name: 'My comments', colour: '#ffe066', origin: 'own', visible: true },
  { id: 'hidden', name: 'Hidden', colour: '#74c0fc', origin: 'own', visible: false },
];

/** Comments on the draft as the annotator saves them: on the page's text, by its outline. */
function commentsOn(doc: Document) {
  const page = readDraftPage(doc, DRAFT_URL);
  const on = (id: string, quote: string, setId = 'mine'): Annotation => {
    const start = page.search.original.indexOf(quote);
    expect(start).toBeGreaterThan(-1);
    const target = describePassage(page.search, start, start + quote.length);
    return { ...annotationOn(id), setId, target };
  };
  return { page, on };
}

let installed: ReturnType<typeof withCustomHighlights> | undefined;
function highlightsOn(doc: Document): Map<string, Set<Range>> {
  installed = withCustomHighlights(doc);
  return installed.registry;
}

function paintedMarks(): PerformanceMark[] {
  return performance.getEntriesByName('redline:painted') as PerformanceMark[];
}

describe('the comments made on the text a draft page shows, painted before the outline', () => {
  beforeEach(() => performance.clearMarks('redline:painted'));
  afterEach(() => {
    installed?.remove();
    installed = undefined;
  });

  it('paints them where they were made as soon as the text is indexed, while the outline is still to read', async () => {
    const doc = fixturePage('untoc-draft.html', DRAFT_URL);
    const registry = highlightsOn(doc);
    const { page, on } = commentsOn(doc);
    const annotations = [on('here', HERE), on('hidden', HIDDEN, 'hidden')];

    let index: TextIndex | undefined;
    const reading = detectPageSteps(doc, DRAFT_URL, {
      indexed: (indexed) => {
        index = indexed;
      },
    });
    while (index === undefined) expect(reading.next().done).toBe(false);
    const painter = await paintCommentsAsMade(
      doc,
      index,
      Promise.resolve({ ok: true, value: { annotations, sets: SETS } }),
    );
    // The outline is read after the paint: the reading has not come to its end.
    expect(reading.next().done).toBe(false);
    expect(painter).toBeDefined();
    expect(shownIn(registry)).toEqual({ 'redline-layer0-exact': [HERE] });
    // Every comment has its place: none is left for the annotator to weigh.
    expect(paintedMarks().map((mark) => mark.detail)).toEqual([2]);

    // The annotator's anchoring, with the outline, puts them in the same places.
    const { draft } = runAll(reading);
    expect(draft?.outline.units.length).toBeGreaterThan(10);
    const anchored = anchorMany(
      annotations.map((annotation) => annotation.target),
      readDraftPage(doc, DRAFT_URL, draft).search,
    );
    expect(anchored).toEqual(
      annotations.map(({ target }) => ({
        status: 'exact',
        start: target.position?.start,
        end: target.position?.end,
      })),
    );
    expect(page.search.version).toBe(annotations[0]?.target.documentVersion);
    painter?.clear();
    expect(registry.size).toBe(0);
  });

  it('leaves to the annotator the comments made on another text or whose words left their place', async () => {
    const doc = fixturePage('untoc-draft.html', DRAFT_URL);
    const registry = highlightsOn(doc);
    const { page, on } = commentsOn(doc);
    const here = on('here', HERE);
    const earlier = on('earlier', EDITED);
    earlier.target = { ...earlier.target, documentVersion: 'feedfacefeedface' };
    const moved = on('moved', HIDDEN);
    const { position } = moved.target;
    if (!position) throw new Error('a passage described on the page has a position');
    moved.target = {
      ...moved.target,
      position: { ...position, start: position.start + 7, end: position.end + 7 },
    };
    const blank = on('blank', HERE);
    blank.target = { ...blank.target, quote: { ...blank.target.quote, exact: '   ' } };

    const painter = await paintCommentsAsMade(
      doc,
      page.index,
      Promise.resolve({
        ok: true,
        value: { annotations: [here, earlier, moved, blank], sets: SETS },
      }),
    );
    expect(shownIn(registry)).toEqual({ 'redline-layer0-exact': [HERE] });
    // Some are still to be placed: the annotator marks the paint once it has placed them.
    expect(paintedMarks()).toEqual([]);
    painter?.clear();
  });

  it('paints nothing without comments, without the Custom Highlight API, or when the background could not answer', async () => {
    const doc = fixturePage('untoc-draft.html', DRAFT_URL);
    const { page, on } = commentsOn(doc);
    const listed = Promise.resolve({
      ok: true as const,
      value: { annotations: [on('here', HERE)], sets: SETS },
    });
    // Happy DOM's own window: no Highlight, no CSS.highlights.
    await expect(paintCommentsAsMade(doc, page.index, listed)).resolves.toBeUndefined();

    const registry = highlightsOn(doc);
    const none = Promise.resolve({ ok: true as const, value: { annotations: [], sets: SETS } });
    await expect(paintCommentsAsMade(doc, page.index, none)).resolves.toBeUndefined();
    const failed = Promise.resolve({
      ok: false as const,
      error: { code: 'unreachable' as const, message: 'the background restarted' },
    });
    await expect(paintCommentsAsMade(doc, page.index, failed)).resolves.toBeUndefined();
    expect(registry.size).toBe(0);
    expect(paintedMarks()).toEqual([]);
  });
});
