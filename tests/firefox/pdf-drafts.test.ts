import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import {
  COLLEAGUE_LINE,
  COLLEAGUE_NOTE,
  colleaguePdf,
  expectOneHighlightOver,
  type ReadItem,
  readBackPdf,
} from '../harness/annotated-pdf.ts';
import { LISTING_URL } from '../harness/draft-page.ts';
import { waitFor } from '../harness/extension-db.ts';
import { useFirefoxExtension } from '../harness/firefox.ts';
import {
  boxOfTextIn,
  clickButton,
  type FirefoxApi,
  finishedDownloadIn,
  firefoxTabId,
  inkInViewport,
  inRedline,
  pageSays,
  paintedTextsIn,
  readFirefoxStore,
  selectionAndControlIn,
  selectTextIn,
} from '../harness/firefox-page.ts';
import {
  makeUnPdf,
  serveListingWithDraft,
  serveUnPdf,
  UNTOC_PDF_SYMBOL,
  UNTOC_PDF_URL,
  type UnPdf,
} from '../harness/make-un-pdf.ts';
import { type Box, expectBeside, expectReadable } from '../harness/passage-view.ts';

/** Art. 6(1)(a)(i) of the convention, as readable-passages.test.ts comments on it in Chromium. */
const PASSAGE = 'illicit origin of the property';
const COMMENT = 'Name the predicate offences, or this reaches any property.';
const VIEWER_PAGE = `viewer.html?file=${encodeURIComponent(UNTOC_PDF_URL)}`;

describe('PDF drafts in Firefox: readable highlights, controls beside them, PDFs out and in', () => {
  let made: UnPdf;
  let items: ReadItem[];
  const suite = useFirefoxExtension(
    async (server) => {
      made = await makeUnPdf();
      serveUnPdf(server, made.bytes);
      serveListingWithDraft(server);
    },
    { downloads: true },
  );
  const opened: Page[] = [];
  const openExtensionPage = async (page: string) => {
    const tab = await suite.firefox.openExtensionPage(page);
    opened.push(tab);
    return tab;
  };
  beforeAll(async () => {
    items = (await readBackPdf(made.bytes)).items;
  });
  afterAll(async () => {
    for (const page of opened) await page.close().catch(() => undefined);
  });

  let viewer: Page;

  it('opens the English PDF from the listing’s popup in Redline’s viewer', async () => {
    const listing = await suite.firefox.openPage(LISTING_URL);
    opened.push(listing);
    const listingTab = await firefoxTabId(suite.firefox.extension, LISTING_URL);
    const popup = await openExtensionPage(`popup.html?tab=${listingTab}`);
    const open = await popup.waitForSelector(
      `button[aria-label="Open ${UNTOC_PDF_SYMBOL} in English in Redline"]`,
      { timeout: 20_000 },
    );
    await open?.click();
    // Puppeteer does not hand over tabs the extension opens on moz-extension:// pages: the
    // extension reports the tab, its address and the title the viewer gives it once it has read
    // the PDF; the test then drives a viewer of its own on the same address.
    const viewerUrl = `${suite.firefox.origin}/${VIEWER_PAGE}`;
    const shown = await waitFor(
      () =>
        suite.firefox.extension.evaluate(async (url) => {
          const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
          return (await api.tabs.query({}))
            .filter((tab) => tab.url === url)
            .map((tab) => ({ id: tab.id as number, title: tab.title ?? '' }));
        }, viewerUrl),
      (tabs) => tabs.some((tab) => tab.title.includes(UNTOC_PDF_SYMBOL)),
      30_000,
    );
    expect(shown).toHaveLength(1);
    await suite.firefox.extension.evaluate(
      (id) => (globalThis as unknown as { browser: FirefoxApi }).browser.tabs.remove(id),
      shown[0]?.id as number,
    );
    viewer = await openExtensionPage(VIEWER_PAGE);
    await viewer.waitForSelector('redline-ui[data-ready]', { timeout: 30_000 });
  });

  it('in the viewer, the toolbar and editor stand beside the passage and the words stay dark under the highlight', async () => {
    await viewer.waitForSelector('.page[data-page="1"][data-rendered] .textLayer span');
    const before = await inkInViewport(viewer, await boxOfTextIn(viewer, PASSAGE, 'middle'));

    const atFoot = await boxOfTextIn(viewer, PASSAGE, 'foot');
    const height = await viewer.evaluate(() => innerHeight);
    expect(atFoot.bottom).toBeGreaterThan(height - 40);
    await selectTextIn(viewer, PASSAGE);
    const toolbar = await selectionAndControlIn(viewer, '.rl-toolbar');
    expectBeside(toolbar);
    const [first] = toolbar.selection as [Box];
    expect(toolbar.control.bottom).toBeLessThanOrEqual(first.top);

    await (await inRedline(viewer, '[role="toolbar"] button[title^="Comment"]')).click();
    // The editor takes the focus, which empties Firefox's selection: the passage's boxes are the
    // ones the toolbar was measured against.
    expectBeside({
      ...(await selectionAndControlIn(viewer, '.rl-editor')),
      selection: toolbar.selection,
    });
    await (await inRedline(viewer, '[role="dialog"] textarea[id$="-comment"]')).type(COMMENT);
    await (await inRedline(viewer, '[role="dialog"] button::-p-text(Save comment)')).click();
    await expect.poll(() => paintedTextsIn(viewer)).toContain(PASSAGE);
    const [saved] = await waitFor(
      () => readFirefoxStore<Annotation>(suite.firefox.extension, 'annotations'),
      (list) => list.length === 1,
    );
    expect(saved?.target.quote.exact).toBe(PASSAGE);
    expect(saved?.documentKey).toBe(`${UNTOC_PDF_SYMBOL}|en`);

    await viewer.evaluate(() => getSelection()?.removeAllRanges());
    await (await inRedline(viewer, '.rl-toast button[aria-label="Dismiss"]')).click();
    const after = await inkInViewport(viewer, await boxOfTextIn(viewer, PASSAGE, 'middle'));
    expectReadable(before, after);
  });

  let panel: Page;

  it('exports the draft as a PDF with comments, read back by pdf.js', async () => {
    const viewerTab = await firefoxTabId(
      suite.firefox.extension,
      `${suite.firefox.origin}/${VIEWER_PAGE}`,
    );
    panel = await openExtensionPage(`sidepanel.html?tab=${viewerTab}`);
    await clickButton(panel, 'Export', '[role="tablist"]');
    await (await panel.waitForSelector('input[type="radio"][value="pdf"]'))?.click();
    await pageSays(panel, /Redline downloads it from https:\/\/www\.unodc\.org\//);
    await (await panel.waitForSelector('form button[type="submit"]:not([disabled])'))?.click();
    await pageSays(panel, /Saved A_AC\.254_4_Rev\.11_E\.comments\.pdf .*1 comment marked/, 60_000);

    const download = await finishedDownloadIn(suite.firefox.extension, /\.comments\.pdf$/);
    await expectOneHighlightOver(new Uint8Array(download.bytes), PASSAGE, COMMENT);
  });

  it('imports a colleague’s PDF annotated by another tool as a layer, painted in the viewer', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'redline-firefox-pdf-'));
    const upload = path.join(folder, 'A_AC.254_4_Rev.11_E.pdf');
    await writeFile(upload, await colleaguePdf(made, items));
    await clickButton(panel, 'Sets', '[role="tablist"]');
    const picker = await panel.waitForSelector('input[type="file"][aria-label^="Import a shared"]');
    await (picker as NonNullable<typeof picker>).uploadFile(upload);
    await pageSays(panel, /1 new/, 60_000);
    await pageSays(panel, /PDF with comments/);
    await clickButton(panel, 'Apply import', '[aria-label="Import preview"]');
    await clickButton(panel, 'Comments', '[role="tablist"]');
    await pageSays(panel, new RegExp(COLLEAGUE_NOTE));
    await rm(folder, { recursive: true, force: true });

    const line = items.find((item) => item.str.includes(COLLEAGUE_LINE)) as ReadItem;
    await viewer.$eval(`.page[data-page="${line.page + 1}"]`, (page) => page.scrollIntoView());
    await expect
      .poll(() => paintedTextsIn(viewer), { timeout: 20_000 })
      .toContain(line.str.trim().replace(/-$/, ''));
  });
});
