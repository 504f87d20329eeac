/**
 * `npm run demo`: serves the bundled demo draft (the UNTOC text laid out as a UNODC draft) at
 * its UNODC address, starts Chromium with the freshly built extension, writes three comments
 * through Redline's own toolbar and editor, and opens the workbench beside it. Without a
 * display it saves screenshots (draft, editor, workbench, export, popup, PDF viewer) and prints
 * where; with a display it leaves the browser open. The README's pictures in docs/ are these.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/harness/browser.ts';
import { LISTING_URL, selectText, serveDraft, serveFixture } from '../tests/harness/draft-page.ts';
import { tabIdOf } from '../tests/harness/extension-db.ts';
import { startFixtureServer } from '../tests/harness/fixture-server.ts';
import { makeUnPdf, UNTOC_PDF_URL } from '../tests/harness/make-un-pdf.ts';

const OUTPUT = path.resolve(import.meta.dirname, '../demo-output');

const COMMENTS = [
  {
    passage: 'Organizing, directing, aiding, abetting, facilitating or counselling',
    comment:
      'Criminalising "aiding" and "facilitating" without intent reaches journalists and aid workers.',
    amendment: 'Organizing, directing or knowingly facilitating',
    rationale: 'ICCPR art. 19; legality principle.',
  },
  {
    passage: 'may be inferred from objective factual circumstances',
    comment: 'Inferring intent from circumstances lowers the standard of proof.',
    amendment: 'shall be established by evidence beyond reasonable doubt',
    rationale: 'Presumption of innocence (ICCPR art. 14(2)).',
  },
  {
    passage: 'It is committed in more than one State',
    comment: 'Support: a clear transnationality test.',
  },
];

async function writeComment(page: Page, item: (typeof COMMENTS)[number]): Promise<void> {
  await selectText(page, item.passage);
  await page
    .getByRole('toolbar', { name: /Redline/ })
    .getByRole('button', { name: 'Comment' })
    .click();
  const editor = page.getByRole('dialog', { name: /New comment/ });
  await editor.getByLabel('Comment').fill(item.comment);
  if (item.amendment) {
    await editor.getByLabel('Proposed amendment').selectOption('replace');
    await editor.getByLabel('Proposed text').fill(item.amendment);
  }
  if (item.rationale) await editor.getByLabel('Rationale').fill(item.rationale);
  await editor.getByRole('button', { name: 'Save comment' }).click();
  await page.getByText(/^Comment saved on/).waitFor();
}

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY) && !process.env.REDLINE_DEMO_HEADLESS;
  const server = await startFixtureServer();
  const draftUrl = serveDraft(server);
  serveFixture(server, LISTING_URL, 'session-listing.html');
  server.routes.set(`www.unodc.org${new URL(UNTOC_PDF_URL).pathname}`, {
    body: (await makeUnPdf()).bytes,
    type: 'application/pdf',
  });
  const browser = await launchWithExtension(server, { headless: !headed });
  const page = await browser.context.newPage();
  await page.goto(draftUrl);
  await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
  for (const item of COMMENTS) await writeComment(page, item);
  await page
    .getByText(/^Comment saved on/)
    .waitFor({ state: 'detached', timeout: 500 })
    .catch(() => undefined);

  const tabId = await tabIdOf(browser.serviceWorker, draftUrl);
  const workbench = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await workbench.setViewportSize({ width: 420, height: 900 });
  await workbench
    .getByRole('region', { name: 'Comments by provision' })
    .getByRole('listitem')
    .first()
    .waitFor();

  if (headed) {
    console.log(
      `Redline is running on ${draftUrl} with three comments. Close the browser to stop.`,
    );
    await new Promise((resolve) => browser.context.on('close', resolve));
  } else {
    await mkdir(OUTPUT, { recursive: true });
    await page.bringToFront();
    await page.evaluate(() => {
      const mark = [...document.querySelectorAll('p')].find((p) =>
        p.textContent?.includes('Organizing, directing'),
      );
      mark?.scrollIntoView({ block: 'center' });
    });
    const draftShot = path.join(OUTPUT, 'draft-page.png');
    const workbenchShot = path.join(OUTPUT, 'workbench.png');
    await page.screenshot({ path: draftShot });
    await workbench.screenshot({ path: workbenchShot });
    const combined = path.join(OUTPUT, 'redline-demo.png');
    await sideBySide(page, [draftShot, workbenchShot], combined);
    const more = await surfaces(browser, page, workbench);
    console.log('No display: Redline ran headless. Screenshots saved:');
    for (const file of [combined, draftShot, workbenchShot, ...more]) console.log(`  ${file}`);
    await browser.close();
  }
  await server.close();
}

/** The editor, the export tab, the popup on a session listing and the PDF viewer. */
async function surfaces(
  browser: Awaited<ReturnType<typeof launchWithExtension>>,
  page: Page,
  workbench: Page,
): Promise<string[]> {
  const shot = (name: string) => path.join(OUTPUT, `${name}.png`);
  await selectText(page, 'a substantial part of its preparation, planning, direction or control');
  await page
    .getByRole('toolbar', { name: /Redline/ })
    .getByRole('button', { name: 'Comment' })
    .click();
  const editor = page.getByRole('dialog', { name: /New comment/ });
  await editor
    .getByLabel('Comment')
    .fill('Preparation alone should not make an offence transnational.');
  await page.screenshot({ path: shot('editor') });
  await editor.getByRole('button', { name: 'Discard changes' }).click();

  await workbench.getByRole('tab', { name: 'Export' }).click();
  await workbench.getByRole('form', { name: 'Export a submission' }).waitFor();
  await workbench.screenshot({ path: shot('export') });

  const listing = await browser.context.newPage();
  await listing.goto(LISTING_URL);
  const listingTab = await tabIdOf(browser.serviceWorker, LISTING_URL);
  const popup = await browser.openExtensionPage(`popup.html?tab=${listingTab}`);
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.getByText(/documents? on this page/).waitFor();
  await popup.screenshot({ path: shot('popup') });

  const viewer = await browser.openExtensionPage(
    `viewer.html?file=${encodeURIComponent(UNTOC_PDF_URL)}`,
  );
  await viewer.setViewportSize({ width: 1280, height: 900 });
  await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 30_000 });
  await viewer.screenshot({ path: shot('viewer') });
  return ['editor', 'export', 'popup', 'viewer'].map(shot);
}

/** The page and the workbench in one picture, as a user sees them side by side. */
async function sideBySide(page: Page, files: string[], output: string): Promise<void> {
  const { readFile } = await import('node:fs/promises');
  const images = await Promise.all(
    files.map(async (file) => (await readFile(file)).toString('base64')),
  );
  const canvas = await page.context().newPage();
  await canvas.setViewportSize({ width: 1280 + 420, height: 900 });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#ddd">${images
      .map(
        (data) =>
          `<img src="data:image/png;base64,${data}" style="display:block;border-left:1px solid #999">`,
      )
      .join('')}</body>`,
  );
  await canvas.screenshot({ path: output });
  await canvas.close();
}

main().catch((error) => {
  console.error(`Demo failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
