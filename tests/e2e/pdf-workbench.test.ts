import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PdfReading } from '../../utils/db/schema.ts';
import type { Annotation } from '../../utils/formats/annotation.ts';
import {
  COLLEAGUE_LINE,
  COLLEAGUE_NOTE,
  colleaguePdf,
  expectOneHighlightOver,
  type ReadItem,
  readBackPdf,
} from '../harness/annotated-pdf.ts';
import { CHINESE, chineseWithoutEmbeddedFont } from '../harness/chinese-pdf.ts';
import { commentOnSelection } from '../harness/comment.ts';
import { finishedDownload, saveDownloadsAsUser } from '../harness/downloads.ts';
import { paintedTexts, selectText } from '../harness/draft-page.ts';
import { readExtensionStore, waitFor } from '../harness/extension-db.ts';
import { makeUnPdf, serveUnPdf, UNTOC_PDF_URL, type UnPdf } from '../harness/make-un-pdf.ts';
import { boxOfText, inkIn } from '../harness/passage-view.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const CHINESE_PDF_URL = UNTOC_PDF_URL.replace('_E.pdf', '_C.pdf');
const PASSAGE = 'illicit origin of the property';
const COMMENT = 'Name the predicate offences, or this reaches any property.';

async function viewerOn(suite: ReturnType<typeof useExtensionBrowser>, url: string) {
  const viewer = await suite.browser.openExtensionPage(
    `viewer.html?file=${encodeURIComponent(url)}`,
  );
  await viewer.locator('.page[data-page="1"][data-rendered]').waitFor({ timeout: 20_000 });
  return viewer;
}

async function ownTabId(page: Page): Promise<number> {
  return page.evaluate(
    async () =>
      (
        await (
          globalThis as unknown as { chrome: typeof import('wxt/browser').browser }
        ).chrome.tabs.getCurrent()
      )?.id as number,
  );
}

describe('PDF with comments, out of and into the workbench', () => {
  let made: UnPdf;
  let items: ReadItem[];
  const suite = useExtensionBrowser(
    async (server) => {
      made = await makeUnPdf();
      serveUnPdf(server, made.bytes);
      server.routes.set(`www.unodc.org${new URL(CHINESE_PDF_URL).pathname}`, {
        body: await chineseWithoutEmbeddedFont(),
        type: 'application/pdf',
      });
    },
    { downloads: true },
  );
  beforeAll(async () => {
    items = (await readBackPdf(made.bytes)).items;
  });

  let viewer: Page;
  let panel: Page;

  it('exports the draft PDF with the comment made in the viewer, read back by pdf.js', async () => {
    viewer = await viewerOn(suite, UNTOC_PDF_URL);
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
    await boxOfText(viewer, PASSAGE, 'middle');
    await selectText(viewer, PASSAGE);
    await commentOnSelection(viewer, { comment: COMMENT });
    await waitFor(
      () => readExtensionStore<Annotation>(suite.browser.serviceWorker, 'annotations'),
      (list) => list.length === 1,
    );

    // The viewer keeps what pdf.js read of every page, by the digest of the PDF's bytes.
    const digest = createHash('sha256').update(made.bytes).digest('hex');
    const readings = () =>
      readExtensionStore<PdfReading>(suite.browser.serviceWorker, 'pdfReadings');
    const [kept] = await waitFor(readings, (list) => list.length === 1);
    expect(kept?.digest).toBe(digest);
    expect(kept?.pages).toHaveLength(made.pages);

    panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${await ownTabId(viewer)}`);
    await saveDownloadsAsUser(panel);
    await panel.getByRole('tab', { name: 'Export' }).click();
    await panel.getByLabel(/PDF with comments/).check();
    await panel.getByText(`Redline downloads it from ${UNTOC_PDF_URL}`, { exact: false }).waitFor();
    await panel.getByRole('button', { name: 'Export', exact: true }).click();
    await panel.getByText(/Saved A_AC\.254_4_Rev\.11_E\.comments\.pdf .*1 comment marked/).waitFor({
      timeout: 60_000,
    });

    const download = await finishedDownload(suite.browser.serviceWorker, /\.comments\.pdf$/);
    await expectOneHighlightOver(new Uint8Array(download.bytes), PASSAGE, COMMENT);
    // The export found the viewer's reading and read no page again: it kept nothing new.
    expect((await readings()).map((reading) => reading.savedAt)).toEqual([kept?.savedAt]);
  });

  it('imports a colleague’s PDF annotated by another tool as a layer, painted in the viewer', async () => {
    await panel.getByRole('tab', { name: 'Sets' }).click();
    await panel.getByLabel(/Import a shared file/).setInputFiles({
      name: 'A_AC.254_4_Rev.11_E.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await colleaguePdf(made, items)),
    });
    const preview = panel.getByRole('region', { name: 'Import preview' });
    await preview.getByText('1 new', { exact: true }).waitFor({ timeout: 60_000 });
    await preview.getByText('PDF with comments', { exact: false }).first().waitFor();
    await preview.getByRole('button', { name: 'Apply import' }).click();
    await panel.getByRole('tab', { name: 'Comments' }).click();
    await panel.getByText(COLLEAGUE_NOTE).waitFor();
    const line = items.find((item) => item.str.includes(COLLEAGUE_LINE)) as ReadItem;
    await viewer.locator(`.page[data-page="${line.page + 1}"]`).scrollIntoViewIfNeeded();
    await expect
      .poll(() => paintedTexts(viewer), { timeout: 20_000 })
      .toContain(line.str.trim().replace(/-$/, ''));
    await Promise.all([panel.close(), viewer.close()]);
  });

  it('renders and reads a Chinese PDF whose font is not embedded', async () => {
    const chinese = await viewerOn(suite, CHINESE_PDF_URL);
    const layerText = () =>
      chinese.locator('.page[data-page="1"] .textLayer').evaluate((layer) => layer.textContent);
    await expect.poll(layerText).toContain('第五条');
    expect((await layerText())?.replace(/\s+/g, '')).toBe(CHINESE.replace(/\s+/g, ''));
    const ink = await inkIn(chinese, await boxOfText(chinese, '第五条'));
    expect(ink.darkShare).toBeGreaterThan(0.05);
    await chinese.close();
  });
});
