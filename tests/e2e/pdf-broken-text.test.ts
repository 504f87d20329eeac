import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { paintedTexts } from '../harness/draft-page.ts';
import { readExtensionStore, waitFor } from '../harness/extension-db.ts';
import { useExtensionBrowser } from '../harness/suite.ts';
import { type Edition, fixturePath } from '../unit/pdf/helpers/recovered-text.ts';

const FOLDER = 'https://www.unodc.org/documents/treaties';
/** Served with its text beside it (`udhr-ru.txt`), as the UN publishes HTML beside its PDFs. */
const pdfUrl = (edition: Edition) => `${FOLDER}/udhr-${edition}.pdf`;
/** The same Russian PDF with nothing beside it. */
const LONE_PDF_URL = `${FOLDER}/alone/udhr-ru.pdf`;
const HEADINGS: Record<Edition, string> = { ru: 'Статья 1', ar: 'المادة 1', zh: '第一条' };
/**
 * The heading's text layer spans in page order: Arabic is drawn from the left, so `المادة 1`
 * is the span `1`, a space, then `المادة`, and a reader's drag runs across them.
 */
const DRAWN: Record<Edition, string[]> = { ru: ['Статья 1'], ar: ['1', 'المادة'], zh: ['第一条'] };

const paintedWords = async (viewer: Page) =>
  (await paintedTexts(viewer)).map((text) => text.trim()).filter((text) => text !== '');

/** Drags the mouse over the text layer spans that read `drawn`, from the first's left edge to the last's right. */
async function dragOver(viewer: Page, page: number, drawn: string[]): Promise<void> {
  const spans = viewer.locator(`.page[data-page="${page}"] .textLayer span`);
  const at = async (text: string) => {
    await spans
      .filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) })
      .first()
      .scrollIntoViewIfNeeded();
    const box = await spans
      .filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) })
      .first()
      .boundingBox();
    if (!box) throw new Error(`no span ${text} is drawn`);
    return box;
  };
  const first = await at(drawn[0] as string);
  const last = await at(drawn.at(-1) as string);
  await viewer.mouse.move(first.x + 1, first.y + first.height / 2);
  await viewer.mouse.down();
  await viewer.mouse.move(last.x + last.width - 1, last.y + last.height / 2, { steps: 5 });
  await viewer.mouse.up();
}

/** Goes page by page through the viewer's page field until a drawn page shows `drawn`; its number. */
async function showPageWith(viewer: Page, drawn: string[]): Promise<number> {
  const pages = await viewer.locator('.page').count();
  for (let page = 1; page <= pages; page++) {
    await viewer.locator('input[name="page"]').fill(String(page));
    await viewer.locator('input[name="page"]').press('Enter');
    const layer = viewer.locator(`.page[data-page="${page}"][data-rendered] .textLayer`);
    await layer.waitFor();
    const texts = await layer.locator('span').allTextContents();
    if (drawn.every((text) => texts.some((span) => span.trim() === text))) return page;
  }
  throw new Error(`no page of the viewer shows ${drawn.join(' ')}`);
}

describe('a PDF whose fonts hide their letters, in Redline’s viewer', () => {
  const suite = useExtensionBrowser(async (server) => {
    for (const edition of Object.keys(HEADINGS) as Edition[]) {
      const path = new URL(pdfUrl(edition)).pathname;
      server.routes.set(`www.unodc.org${path}`, {
        body: new Uint8Array(readFileSync(fixturePath(`udhr-${edition}.pdf`))),
        type: 'application/pdf',
      });
      server.routes.set(`www.unodc.org${path.replace(/\.pdf$/, '.txt')}`, {
        body: readFileSync(fixturePath(`udhr-${edition}.txt`), 'utf8'),
        type: 'text/plain; charset=utf-8',
      });
    }
    server.routes.set(`www.unodc.org${new URL(LONE_PDF_URL).pathname}`, {
      body: new Uint8Array(readFileSync(fixturePath('udhr-ru.pdf'))),
      type: 'application/pdf',
    });
  });

  const annotations = () =>
    readExtensionStore<Annotation>(suite.browser.serviceWorker, 'annotations');

  it.each(Object.keys(HEADINGS) as Edition[])(
    'recovers the %s text from the text beside it: the article heading is highlighted and found again after a reload',
    async (edition) => {
      const heading = HEADINGS[edition];
      const viewer = await suite.browser.openExtensionPage(
        `viewer.html?file=${encodeURIComponent(pdfUrl(edition))}`,
      );
      const status = viewer.locator('.message[role="status"]');
      await expect
        .poll(() => status.last().textContent(), { timeout: 180_000 })
        .toMatch(
          /^Text recovered from the same document’s text published beside it: \d+ of \d+ pages/,
        );
      await viewer
        .locator('redline-ui[data-ready]')
        .waitFor({ state: 'attached', timeout: 30_000 });
      // The outline reads the recovered text: the contents list every article.
      await expect(
        viewer.getByRole('navigation', { name: 'Contents' }).getByRole('button').count(),
      ).resolves.toBeGreaterThanOrEqual(30);
      const page = await showPageWith(viewer, DRAWN[edition]);
      const before = (await annotations()).length;
      await dragOver(viewer, page, DRAWN[edition]);
      await viewer
        .getByRole('toolbar', { name: /Redline/ })
        .getByRole('button', { name: 'Highlight' })
        .click();
      const saved = await waitFor(annotations, (list) => list.length === before + 1);
      const highlight = saved.find((one) => one.target.quote.exact === heading);
      expect(highlight?.provision).toMatch(/1/);
      // Painted span by span: the Arabic heading is its drawn spans (a drawn space stays with
      // the word it follows, as the font draws it).
      await expect.poll(() => paintedWords(viewer)).toEqual(expect.arrayContaining(DRAWN[edition]));

      await viewer.reload();
      await viewer
        .locator('redline-ui[data-ready]')
        .waitFor({ state: 'attached', timeout: 90_000 });
      await showPageWith(viewer, DRAWN[edition]);
      await expect
        .poll(() => paintedWords(viewer), { timeout: 30_000 })
        .toEqual(expect.arrayContaining(DRAWN[edition]));
      await viewer.close();
    },
    360_000,
  );

  it('recovers in a worker: the page answers while the Arabic glyphs are aligned, and Cancel stops it at once', async () => {
    const viewer = await suite.browser.openExtensionPage(
      `viewer.html?file=${encodeURIComponent(pdfUrl('ar'))}`,
    );
    const progress = viewer.locator('.message .recovering');
    await expect
      .poll(() => progress.textContent(), { timeout: 120_000 })
      .toMatch(/^Recovering the text: aligning the glyph runs with the text…/);
    // A heartbeat in the page over two seconds of alignment: a busy main thread shows as a gap.
    const longestGap = await viewer.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let last = performance.now();
          let longest = 0;
          const beat = setInterval(() => {
            const now = performance.now();
            longest = Math.max(longest, now - last);
            last = now;
          }, 50);
          setTimeout(() => {
            clearInterval(beat);
            resolve(longest);
          }, 2_000);
        }),
    );
    // The reader types into the find field meanwhile, and the field shows it.
    const query = viewer.locator('input[name="query"]');
    await query.fill('المادة', { timeout: 5_000 });
    await expect(query.inputValue()).resolves.toBe('المادة');
    // Still aligning: the heartbeat ran during the recovery, not after it.
    await expect(progress.textContent()).resolves.toContain('aligning the glyph runs');
    // Before the worker, alignment held the page for tens of seconds on end.
    expect(longestGap).toBeLessThan(1_000);
    await progress.getByRole('button', { name: 'Cancel' }).click({ timeout: 5_000 });
    const status = viewer.locator('.message[role="status"]');
    await expect
      .poll(() => status.last().textContent(), { timeout: 10_000 })
      .toContain('Recovery was cancelled');
    await expect(progress.count()).resolves.toBe(0);
    await viewer.close();
  }, 180_000);

  it('says in plain words what it tried and what to do when nothing beside the PDF gives its text', async () => {
    const viewer = await suite.browser.openExtensionPage(
      `viewer.html?file=${encodeURIComponent(LONE_PDF_URL)}`,
    );
    const status = viewer.locator('.message[role="status"]');
    await expect
      .poll(() => status.last().textContent(), { timeout: 60_000 })
      .toContain('could not recover it here');
    const text = await status.last().textContent();
    expect(text).toContain('holds glyph numbers, not letters');
    expect(text).toContain('no parallel text given');
    // No npm package carries Russian OCR data: said, with the command line to use instead.
    expect(text).toContain('Redline carries no OCR data for this language');
    expect(text).toContain('--text-source');
    await viewer.close();
  }, 120_000);
});
