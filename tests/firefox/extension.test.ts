import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import type { DocumentRecord } from '../../utils/formats/document.ts';
import type { RedlineSetFile } from '../../utils/formats/set-file.ts';
import {
  DRAFT_URL,
  LISTING_URL,
  OVERLONG_DRAFT_URL,
  serveDraft,
  serveFixture,
} from '../harness/draft-page.ts';
import { waitFor } from '../harness/extension-db.ts';
import { useFirefoxExtension } from '../harness/firefox.ts';
import {
  badgeText,
  clickButton,
  commentOnSelectionIn,
  type FirefoxApi,
  firefoxTabId,
  pageSays,
  paintedTextsIn,
  readFirefoxStore,
  redlineSays,
  selectTextIn,
} from '../harness/firefox-page.ts';
import { makeUnPdf, serveUnPdf, UNTOC_PDF_URL } from '../harness/make-un-pdf.ts';
import { fixturePath } from '../unit/pdf/helpers/recovered-text.ts';

const PASSAGE = 'Organizing, directing, aiding, abetting, facilitating or counselling';
const COMMENT = 'Aiding and abetting is too broad for journalists.';
const THEIRS = [
  'Agreeing with one or more other persons to commit a serious crime',
  'agreement referred to in paragraph 1 of this article may be inferred from objective factual circumstances',
  'which regime shall emphasize requirements for customer identification',
];
const SHARING = path.resolve(import.meta.dirname, '../fixtures/sharing');
const BROKEN_PDF_URL = 'https://www.unodc.org/documents/treaties/udhr-ru.pdf';

describe('Redline in Firefox', () => {
  const suite = useFirefoxExtension(async (server) => {
    serveFixture(server, LISTING_URL, 'session-listing.html');
    serveDraft(server);
    serveDraft(server, OVERLONG_DRAFT_URL);
    serveUnPdf(server, (await makeUnPdf()).bytes);
    // A PDF whose fonts hide their letters, with its text beside it (tests/fixtures/pdf-text).
    serveUnPdf(server, new Uint8Array(await readFile(fixturePath('udhr-ru.pdf'))), BROKEN_PDF_URL);
    server.routes.set(`www.unodc.org${new URL(BROKEN_PDF_URL).pathname.replace(/pdf$/, 'txt')}`, {
      body: await readFile(fixturePath('udhr-ru.txt'), 'utf8'),
      type: 'text/plain; charset=utf-8',
    });
  });
  const annotations = () => readFirefoxStore<Annotation>(suite.firefox.extension, 'annotations');
  const tabId = (url: string) => firefoxTabId(suite.firefox.extension, url);
  const opened: Page[] = [];
  const open = async (url: string) => {
    const page = await suite.firefox.openPage(url);
    opened.push(page);
    return page;
  };
  const openExtensionPage = async (page: string) => {
    const tab = await suite.firefox.openExtensionPage(page);
    opened.push(tab);
    return tab;
  };
  afterAll(async () => {
    for (const page of opened) await page.close().catch(() => undefined);
  });

  it('counts the documents of a UNODC session page on the badge and lists them in the popup', async () => {
    await open(LISTING_URL);
    const listingTab = await tabId(LISTING_URL);
    const badge = await waitFor(
      () => badgeText(suite.firefox.extension, listingTab),
      (text) => text !== '',
    );
    expect(badge).toBe('5');

    const popup = await openExtensionPage(`popup.html?tab=${listingTab}`);
    await pageSays(popup, /5 documents on this page/);
    const items = await popup.$$eval('[aria-label="Documents on this page"] li', (found) =>
      found.map((item) => item.textContent ?? ''),
    );
    expect(items).toHaveLength(5);
    expect(items[0]).toContain('A/AC.291/22');
    await popup.close();
  });

  it('comments on a draft through the toolbar and editor, keeps nothing in the page origin, and paints the comment exactly after a reload', async () => {
    const page = await open(DRAFT_URL);
    await page.waitForSelector('redline-ui[data-ready]', { timeout: 20_000 });
    await selectTextIn(page, PASSAGE);
    await commentOnSelectionIn(page, {
      comment: COMMENT,
      replaceWith: 'Organizing, directing or knowingly facilitating',
      rationale: 'Article 19 ICCPR.',
    });
    await redlineSays(page, /Comment saved on Art\. 5\(1\)\(b\)/);
    const [saved] = await waitFor(annotations, (list) => list.length === 1);
    expect(saved?.provision).toBe('Art. 5(1)(b)');
    expect(saved?.target.quote.exact).toBe(PASSAGE);
    expect(saved?.comment).toBe(COMMENT);
    expect(saved?.proposal).toEqual({
      kind: 'replace',
      text: 'Organizing, directing or knowingly facilitating',
    });
    expect(saved?.rationale).toBe('Article 19 ICCPR.');

    const pageDatabases = await page.evaluate(async () =>
      (await indexedDB.databases()).map((db) => db.name),
    );
    expect(pageDatabases).toEqual([]);

    await page.reload();
    await page.waitForSelector('redline-ui[data-ready]', { timeout: 20_000 });
    await expect.poll(() => paintedTextsIn(page)).toEqual([PASSAGE]);
    const draftTab = await tabId(DRAFT_URL);
    const badge = await badgeText(suite.firefox.extension, draftTab);
    expect(badge).toBe('1');
  });

  it('lists the comment under its provision in the workbench', async () => {
    const draftTab = await tabId(DRAFT_URL);
    const panel = await openExtensionPage(`sidepanel.html?tab=${draftTab}`);
    const group = await panel.waitForSelector('[aria-label="Art. 5(1)(b)"]', { timeout: 10_000 });
    await waitFor(
      () => panel.evaluate((element) => element?.textContent ?? '', group),
      (text) => text.includes(COMMENT),
    );
    await expect(
      panel.$eval('[aria-label="Art. 5(1)(b)"] .status', (status) => status.textContent),
    ).resolves.toBe('Exact');
    await panel.close();
  });

  it("imports a colleague's set file and paints its passages on the draft", async () => {
    // The draft's own record, whatever the tests before this one left.
    const documents = await readFirefoxStore<DocumentRecord>(suite.firefox.extension, 'documents');
    const documentKey = documents.find((document) => document.url === DRAFT_URL)?.key as string;
    const file: RedlineSetFile = JSON.parse(
      await readFile(path.join(SHARING, 'untoc-colleague.redline.json'), 'utf8'),
    );
    file.documents = file.documents.map((document) => ({ ...document, key: documentKey }));
    file.annotations = file.annotations.map((annotation) => ({ ...annotation, documentKey }));
    const folder = await mkdtemp(path.join(tmpdir(), 'redline-firefox-import-'));
    const upload = path.join(folder, 'clf.redline.json');
    await writeFile(upload, JSON.stringify(file));

    const draftTab = await tabId(DRAFT_URL);
    const panel = await openExtensionPage(`sidepanel.html?tab=${draftTab}`);
    await clickButton(panel, 'Sets', '[role="tablist"]');
    const picker = await panel.waitForSelector('input[type="file"][aria-label^="Import a shared"]');
    await (picker as NonNullable<typeof picker>).uploadFile(upload);
    await pageSays(panel, /3 new/);
    await clickButton(panel, 'Apply import', '[aria-label="Import preview"]');
    await pageSays(panel, /Imported clf\.redline\.json\./);
    await rm(folder, { recursive: true, force: true });

    const [draft] = (await suite.firefox.browser.pages()).filter(
      (page) => page.url() === DRAFT_URL,
    );
    await expect
      .poll(() => paintedTextsIn(draft as Page).then((texts) => texts.sort()))
      .toEqual([PASSAGE, ...THEIRS].sort());
    await panel.close();
  });

  it('opens a UN PDF in Redline’s viewer, comments on it, and paints the comment after a reload', async () => {
    const viewerPage = `viewer.html?file=${encodeURIComponent(UNTOC_PDF_URL)}`;
    const viewer = await openExtensionPage(viewerPage);
    await viewer.waitForSelector('redline-ui[data-ready]', { timeout: 20_000 });
    await viewer.waitForSelector('.page[data-page="1"][data-rendered] .textLayer span');
    // One whole line of the first page's text layer, as a user would select it.
    const line = await viewer.$$eval('.page[data-page="1"] .textLayer span', (spans) => {
      const text = spans.map((span) => span.textContent ?? '').find((t) => t.length > 40);
      if (!text) throw new Error('no line of text on page 1');
      return text;
    });
    await selectTextIn(viewer, line);
    await commentOnSelectionIn(viewer, { comment: 'The scope must stay narrow.' });
    await redlineSays(viewer, /Comment saved/);
    const saved = await waitFor(annotations, (list) =>
      list.some((annotation) => annotation.comment === 'The scope must stay narrow.'),
    );
    const onPdf = saved.find((annotation) => annotation.comment === 'The scope must stay narrow.');
    expect(onPdf?.target.quote.exact).toBe(line);
    expect(onPdf?.documentKey).toBe('A/AC.254/4/Rev.11|en');

    // BiDi's reload of a moz-extension:// page does not settle: reload from the page, and wait
    // for the new document's annotator.
    await viewer.evaluate(() => {
      (window as { beforeReload?: boolean }).beforeReload = true;
      location.reload();
    });
    await waitFor(
      () =>
        viewer
          .evaluate(
            () =>
              !(window as { beforeReload?: boolean }).beforeReload &&
              document.querySelector('redline-ui[data-ready]') !== null,
          )
          .catch(() => false),
      (ready) => ready,
      20_000,
    );
    await expect.poll(() => paintedTextsIn(viewer)).toContain(line);
  });

  it('recovers the text of a PDF whose fonts hide their letters in its worker, and outlines every article', async () => {
    const viewer = await openExtensionPage(
      `viewer.html?file=${encodeURIComponent(BROKEN_PDF_URL)}`,
    );
    await viewer.waitForFunction(
      () =>
        [...document.querySelectorAll('.message[role="status"]')].some((status) =>
          status.textContent?.startsWith('Text recovered from the same document’s text'),
        ),
      { timeout: 120_000 },
    );
    await viewer.waitForSelector('redline-ui[data-ready]', { timeout: 30_000 });
    // The outline reads the recovered text: the contents list the 30 articles.
    const contents = await viewer.$$eval('nav[aria-label="Contents"] button', (buttons) =>
      buttons.map((button) => button.textContent ?? ''),
    );
    expect(contents.length).toBeGreaterThanOrEqual(30);
  }, 180_000);

  it('marks a UN PDF in Firefox’s own viewer on the badge, and opens UN PDFs in Redline always once asked', async () => {
    const plain = await suite.firefox.browser.newPage();
    opened.push(plain);
    plain.goto(UNTOC_PDF_URL).catch(() => undefined);
    const pdfTab = await waitFor(
      () => tabId(UNTOC_PDF_URL).catch(() => -1),
      (id) => id >= 0,
    );
    await waitFor(
      () => badgeText(suite.firefox.extension, pdfTab),
      (text) => text === 'PDF',
      // Firefox's own PDF viewer finishes loading the tab first: slow on a busy machine.
      30_000,
    );

    const popup = await openExtensionPage('popup.html');
    const setting = await popup.waitForSelector('label::-p-text(Always open UN PDFs) input');
    await setting?.click();
    await waitFor(
      () =>
        suite.firefox.extension.evaluate(
          async () =>
            (
              await (
                globalThis as unknown as { browser: FirefoxApi }
              ).browser.declarativeNetRequest.getDynamicRules()
            ).length,
        ),
      (count) => count === 1,
    );
    const redirected = await suite.firefox.browser.newPage();
    opened.push(redirected);
    redirected.goto(UNTOC_PDF_URL).catch(() => undefined);
    await waitFor(
      () => redirected.evaluate(() => location.href).catch(() => ''),
      (href) => href.startsWith(`${suite.firefox.origin}/viewer.html?file=`),
      20_000,
    );
    await redirected.waitForSelector('redline-ui[data-ready]', { timeout: 20_000 });
  });

  it('says in the popup that Redline could not start on a draft, and why, and starts it on Try again once it can', async () => {
    const page = await open(OVERLONG_DRAFT_URL);
    const longTab = await tabId(OVERLONG_DRAFT_URL);
    const popup = await openExtensionPage(`popup.html?tab=${longTab}`);
    const alert = '[role="alert"][aria-label="Redline is not running on this page"]';
    await popup.waitForSelector(alert, { timeout: 20_000 });
    await expect(popup.$eval(alert, (element) => element.textContent)).resolves.toMatch(
      /could not start on this page[\s\S]*address is longer than Redline can record[\s\S]*Technical details[\s\S]*invalid-request: [\s\S]*<=4096 characters[\s\S]*at url/,
    );
    expect(await page.$('redline-ui')).toBeNull();

    // The page drops the parameter from its address, as sites do; trying again now works.
    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    await clickButton(popup, 'Try again', alert);
    await waitFor(
      () => popup.$(alert),
      (found) => found === null,
    );
    await pageSays(popup, /Redline is on this page: select a passage to comment on it\./);
    await page.waitForSelector('redline-ui[data-ready]', { timeout: 20_000 });
  });
});
