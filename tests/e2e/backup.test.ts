/**
 * A backup of a real-sized profile, made and restored through the options page as a user does:
 * a consolidated HTML draft over 150 KB, a PDF draft and 1,000 comments; restored in a fresh
 * profile, every comment is listed in the workbench and painted on its page.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import type { DocumentRecord } from '../../utils/formats/document.ts';
import type { RedlineSetFile } from '../../utils/formats/set-file.ts';
import { type ExtensionBrowser, launchWithExtension } from '../harness/browser.ts';
import { commentOnSelection } from '../harness/comment.ts';
import { finishedDownload, saveDownloadsAsUser } from '../harness/downloads.ts';
import {
  consolidatedDraftHtml,
  DRAFT_URL,
  paintedTexts,
  selectText,
} from '../harness/draft-page.ts';
import { passagesOnHtmlDraft } from '../harness/draft-passages.ts';
import {
  dumpExtensionDb,
  readExtensionStore,
  tabIdOf,
  waitFor,
  withoutWriteInstants,
} from '../harness/extension-db.ts';
import { type FixtureServer, startFixtureServer } from '../harness/fixture-server.ts';
import { makeUnPdf } from '../harness/make-un-pdf.ts';

const DRAFT_BYTES = 150 * 1024;
const COMMENTS = 1_000;
const PDF_SYMBOL = 'A/AC.254/5';
const PDF_URL = 'https://www.unodc.org/documents/treaties/UNTOC/A_AC.254_5_E.pdf';
const PDF_PASSAGE = 'purpose of this Convention';
const STORES = ['documents', 'texts', 'annotations', 'sets', 'profile', 'drafts', 'superseded'];

const dumpDb = (worker: Worker) => dumpExtensionDb(worker, STORES);

/** 1,000 comments of a coalition on the consolidated draft, as a colleague's set file. */
function coalitionSet(html: string, document: DocumentRecord): RedlineSetFile {
  const now = new Date().toISOString();
  const setId = 'coalition-review';
  return {
    format: 'redline.annotation-set',
    version: 1,
    exportedAt: now,
    sets: [
      {
        id: setId,
        name: 'Coalition review of the consolidated draft',
        colour: '#4f7fd1',
        owner: { organisation: 'Civil Liberties Forum', author: 'Amina Diallo' },
        createdAt: now,
        updatedAt: now,
      },
    ],
    documents: [
      {
        key: document.key,
        symbol: document.symbol,
        language: document.language,
        url: DRAFT_URL,
        versions: document.versions,
      },
    ],
    annotations: passagesOnHtmlDraft(COMMENTS, 5, html).map(
      (target, i): Annotation => ({
        id: `coalition-${i}`,
        setId,
        documentKey: document.key,
        target,
        provision: target.structure?.address ?? '',
        comment: `Comment ${i + 1} of the coalition on this passage.`,
        rationale: '',
        tags: [],
        author: { id: 'amina', name: 'Amina Diallo', organisation: 'Civil Liberties Forum' },
        createdAt: now,
        updatedAt: now,
      }),
    ),
  };
}

describe('backup and restore of a real-sized profile through Options', () => {
  const html = consolidatedDraftHtml(DRAFT_BYTES);
  let server: FixtureServer;
  let downloads: string;
  let first: ExtensionBrowser | undefined;
  let second: ExtensionBrowser | undefined;
  let backup: { name: string; bytes: Buffer };
  let backedUp: Record<string, unknown[]>;
  let quotes: string[];

  beforeAll(async () => {
    server = await startFixtureServer();
    server.routes.set(`www.unodc.org${new URL(DRAFT_URL).pathname}`, {
      body: html,
      type: 'text/html; charset=utf-8',
    });
    server.routes.set(`www.unodc.org${new URL(PDF_URL).pathname}`, {
      body: (await makeUnPdf({ symbol: PDF_SYMBOL })).bytes,
      type: 'application/pdf',
    });
    downloads = await mkdtemp(path.join(tmpdir(), 'redline-downloads-'));
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await server?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('backs up a profile with a 150 KB draft, a PDF draft and 1,000 comments', async () => {
    expect(Buffer.byteLength(html)).toBeGreaterThanOrEqual(DRAFT_BYTES);
    first = await launchWithExtension(server, { downloadsDir: downloads });
    const worker = first.serviceWorker;

    const draft = await first.context.newPage();
    await draft.goto(DRAFT_URL);
    await draft.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    const viewer = await first.openExtensionPage(`viewer.html?file=${encodeURIComponent(PDF_URL)}`);
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
    await viewer.locator('.page[data-page="1"][data-rendered]').waitFor();
    await selectText(viewer, PDF_PASSAGE);
    await commentOnSelection(viewer, { comment: 'Purpose clause: add human rights safeguards.' });
    await waitFor(
      () => readExtensionStore<Annotation>(worker, 'annotations'),
      (all) => all.length === 1,
    );
    const documents = await readExtensionStore<DocumentRecord>(worker, 'documents');
    const htmlDraft = documents.find((document) => document.kind === 'html') as DocumentRecord;
    expect(documents.map((document) => document.kind).sort()).toEqual(['html', 'pdf']);

    const options = await first.openExtensionPage('options.html');
    await saveDownloadsAsUser(options);
    const set = coalitionSet(html, htmlDraft);
    quotes = set.annotations.map((annotation) => annotation.target.quote.exact).sort();
    await options.getByLabel(/Import a shared file/).setInputFiles({
      name: 'coalition.redline.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(set)),
    });
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByText('Imported coalition.redline.json.').waitFor({ timeout: 30_000 });

    // 1,001 comments and never a backup: the workbench suggests one, until one is made.
    const panel = await first.openExtensionPage('sidepanel.html');
    const reminder = panel.getByRole('status', { name: 'Time for a backup' });
    await reminder.getByText(/You have written 1,001 comments and never made a backup/).waitFor();
    await options.getByText('No backup made yet.').waitFor();

    backedUp = await dumpDb(worker);
    await options.getByRole('button', { name: 'Download a backup' }).click();
    backup = await finishedDownload(worker, /^redline-backup-.*\.json$/);
    await options.getByText(/^Last backup: /).waitFor();
    await expect.poll(() => reminder.count()).toBe(0);
    const texts = backedUp.texts as Array<{ text: string }>;
    console.log(
      `backup: ${backup.bytes.byteLength} bytes; ${COMMENTS + 1} comments; document texts of ${texts.map((row) => row.text.length).join(' and ')} characters`,
    );
    await first.close();
    first = undefined;
  }, 240_000);

  it('restores it in a fresh profile: every comment listed and painted', async () => {
    second = await launchWithExtension(server);
    const worker = second.serviceWorker;
    const options = await second.openExtensionPage('options.html');
    await options.getByLabel(/Restore from a backup file/).setInputFiles({
      name: backup.name,
      mimeType: 'application/json',
      buffer: backup.bytes,
    });
    const dialog = options.getByRole('dialog', { name: 'Restore a backup' });
    await dialog.getByText(/holds 1,001 comments, 2 documents, 2 sets/).waitFor();
    await dialog
      .getByText('Redline holds no comments yet: the backup is restored as it is.')
      .waitFor();
    const started = Date.now();
    await dialog.getByRole('button', { name: 'Restore the backup' }).click();
    const restored = options.getByText(
      /^Restored redline-backup-.*: 1,001 annotations, 2 sets, 2 documents \(\d+\.\d s\)\.$/,
    );
    await restored.waitFor({ timeout: 60_000 });
    const elapsed = Date.now() - started;
    console.log(
      `restore of ${backup.bytes.byteLength} bytes: ${elapsed} ms from the click to the message; ${await restored.textContent()}`,
    );
    expect(withoutWriteInstants(await dumpDb(worker))).toEqual(withoutWriteInstants(backedUp));

    const draft = await second.context.newPage();
    await draft.goto(DRAFT_URL);
    await expect
      .poll(() => paintedTexts(draft).then((texts) => texts.length), { timeout: 30_000 })
      .toBe(COMMENTS);
    // A passage across two paragraphs reads with the page's line breaks: the same words.
    const words = (texts: string[]) => texts.map((text) => text.replace(/\s+/g, ' ').trim()).sort();
    expect(words(await paintedTexts(draft))).toEqual(words(quotes));
    const tabId = await tabIdOf(worker, DRAFT_URL);
    const panel = await second.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel
      .getByText(
        `${COMMENTS.toLocaleString('en')} of ${COMMENTS.toLocaleString('en')} comments · ${COMMENTS.toLocaleString('en')} exact`,
        { exact: false },
      )
      .waitFor({ timeout: 30_000 });
    await expect(panel.locator('.comment-card').count()).resolves.toBe(COMMENTS);
    // Restored data counts as backed up when the backup was made: no reminder.
    await expect(panel.getByRole('status', { name: 'Time for a backup' }).count()).resolves.toBe(0);

    const viewer = await second.openExtensionPage(
      `viewer.html?file=${encodeURIComponent(PDF_URL)}`,
    );
    await viewer.locator('redline-ui[data-ready]').waitFor({ state: 'attached', timeout: 20_000 });
    await expect.poll(() => paintedTexts(viewer)).toEqual([PDF_PASSAGE]);
  }, 240_000);
});
