import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { passagesOnHtmlDraft } from '../harness/draft-passages.ts';
import { serveLargeDraft } from '../harness/large-draft.ts';
import { longTasksOf, observeLongTasks } from '../harness/long-tasks.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const COMMENTS = 300;
/** The goal: detection, text index, outline, anchoring and painting in tasks under this. */
const LONG_TASK_MS = 50;
/**
 * What a ~30 ms slice of the annotator (fetch, anchoring, React mount, painting) may stretch to
 * on a loaded two-core machine. At load 14-26 no annotator task reached 50 ms in four runs; the
 * same work forced into one piece was a 273 ms task in one run of two.
 */
const ANNOTATOR_BOUND_MS = 150;
/**
 * Detection shares its window with the page's own first style and layout of 170 KB (a CPU
 * profile there is mostly native work; the page alone has tasks of 52-81 ms), so its bound is
 * looser: at load 14-26 its longest task was 86-209 ms in four runs; the same work forced into
 * one piece, 955 and 1,042 ms.
 */
const DETECTION_BOUND_MS = 250;

describe('opening a long draft with hundreds of comments, in Chromium', () => {
  let draft: ReturnType<typeof serveLargeDraft>;
  const suite = useExtensionBrowser((server) => {
    draft = serveLargeDraft(server);
  });

  it('reads, anchors and paints without holding the main thread in one long task', async () => {
    expect(draft.bytes).toBeGreaterThan(150_000);
    const annotations: Annotation[] = passagesOnHtmlDraft(COMMENTS, 5, draft.html, draft.url).map(
      (target, i) => ({
        id: `long-${i}`,
        setId: 'my-comments',
        documentKey: 'A/AC.254/4/Rev.11|en',
        target,
        provision: target.structure?.address ?? '',
        comment: `Comment ${i}`,
        rationale: '',
        tags: [],
        author: { id: 'tester', name: 'Tester' },
        createdAt: '2026-11-30T00:00:00.000Z',
        updatedAt: '2026-11-30T00:00:00.000Z',
      }),
    );
    // A first visit has the background create the database; the comments are stored after it.
    const first = await suite.browser.context.newPage();
    await first.goto(draft.url);
    await first.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await first.close();
    await suite.browser.serviceWorker.evaluate(
      (records) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('redline');
          open.onsuccess = () => {
            const tx = open.result.transaction('annotations', 'readwrite');
            for (const record of records) tx.objectStore('annotations').put(record);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      annotations,
    );

    const page = await suite.browser.context.newPage();
    await observeLongTasks(page);
    await page.goto(draft.url);
    await page.waitForFunction(
      (count) =>
        (performance.getEntriesByName('redline:painted') as PerformanceMark[]).some(
          (mark) => mark.detail === count,
        ),
      COMMENTS,
      { timeout: 120_000 },
    );
    const tasks = await longTasksOf(page);
    const { opened, annotatorStart, painted, shown } = await page.evaluate(() => {
      let highlighted = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith('redline-')) highlighted += highlight.size;
      }
      return {
        opened: performance.getEntriesByName('redline:detect-start')[0]?.startTime ?? Number.NaN,
        annotatorStart:
          performance.getEntriesByName('redline:annotator-start')[0]?.startTime ?? Number.NaN,
        painted: performance.getEntriesByName('redline:painted')[0]?.startTime ?? Number.NaN,
        shown: highlighted,
      };
    });
    expect(shown).toBe(COMMENTS);
    expect(opened).toBeLessThan(annotatorStart);
    expect(annotatorStart).toBeLessThan(painted);
    // From the content script's first look at the page to the highlights painted.
    const during = tasks.filter(
      ({ start, duration }) => start + duration > opened && start < painted,
    );
    const longest = Math.max(0, ...during.map(({ duration }) => duration));
    const phase = (start: number) => (start < annotatorStart ? 'detection' : 'annotator');
    console.log(
      during
        .map(
          ({ start, duration }) =>
            `${phase(start)} +${(start - opened).toFixed(0)} ms: ${duration.toFixed(0)} ms`,
        )
        .join('\n'),
    );
    console.log(
      `${COMMENTS} comments on ${(draft.bytes / 1024).toFixed(0)} KB: opened to painted ${(painted - opened).toFixed(0)} ms; ${during.length} tasks over ${LONG_TASK_MS} ms, longest ${longest.toFixed(0)} ms`,
    );
    const over = (from: number, to: number, bound: number) =>
      during.filter(({ start, duration }) => start >= from && start < to && duration > bound);
    expect(over(Number.NEGATIVE_INFINITY, annotatorStart, DETECTION_BOUND_MS)).toEqual([]);
    expect(over(annotatorStart, painted, ANNOTATOR_BOUND_MS)).toEqual([]);
    await page.close();
  });
});
