import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { commentThroughUi } from '../harness/comment.ts';
import { finishedDownload, saveDownloadsAsUser } from '../harness/downloads.ts';
import { DRAFT_URL, serveDraft } from '../harness/draft-page.ts';
import { tabIdOf } from '../harness/extension-db.ts';
import { saveOrganisation } from '../harness/profile.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const PASSAGE = 'Organizing, directing, aiding, abetting, facilitating or counselling';
const COMMENT = 'Too broad, "aiding" reaches journalists — تعليق, 评论.';

describe('exporting a submission from the side panel in Chromium', () => {
  const suite = useExtensionBrowser(
    (server) => {
      serveDraft(server);
    },
    { downloads: true },
  );
  let panel: Page;

  beforeAll(async () => {
    await saveOrganisation(suite.browser, 'Civil Liberties Forum', 'CLF');

    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await commentThroughUi(page, PASSAGE, {
      comment: COMMENT,
      replaceWith: 'Organizing, directing or knowingly facilitating',
      rationale: 'Article 19 ICCPR.',
    });
    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await saveDownloadsAsUser(panel);
    await panel.getByRole('tab', { name: 'Export' }).click();
  });

  const form = () => panel.getByRole('form', { name: 'Export a submission' });

  it('counts what the export will hold, and nothing once its only set is left out', async () => {
    await form().getByText('1 comment from 1 set').waitFor();
    const set = form()
      .getByRole('group', { name: 'Sets (layers)' })
      .getByLabel(/My comments/);
    await set.uncheck();
    await form().getByText('0 comments from 0 sets').waitFor();
    await expect(form().getByRole('button', { name: 'Export' }).isDisabled()).resolves.toBe(true);
    await set.check();
    await form().getByText('1 comment from 1 set').waitFor();
  });

  it('saves a Word comment matrix under a sortable name, with the cover and the comment row', async () => {
    await form()
      .getByLabel(/General comments/)
      .fill('We welcome the draft.\n\nArticle 5 needs work.');
    await form()
      .getByLabel(/Word comment matrix/)
      .check();
    await form().getByRole('button', { name: 'Export' }).click();
    await form()
      .getByRole('status')
      .getByText(/Saved A_AC\.254_4_Rev\.11-CLF-comments\.docx/)
      .waitFor();

    const file = await finishedDownload(suite.browser.serviceWorker, /\.docx$/);
    expect(file.name).toBe('A_AC.254_4_Rev.11-CLF-comments.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(file.bytes))['word/document.xml'] as Uint8Array);
    expect(xml).toContain('Civil Liberties Forum');
    expect(xml).toContain('We welcome the draft.');
    expect(xml).toContain('Art. 5(1)(b)');
    expect(xml).toContain('Too broad, &quot;aiding&quot; reaches journalists');
    expect(xml).toMatch(/<w:strike\/>/);
  });

  it('saves a CSV that a CSV parser reads back, one row for the comment', async () => {
    await form()
      .getByLabel(/CSV for spreadsheets/)
      .check();
    await form().getByRole('button', { name: 'Export' }).click();
    await form()
      .getByRole('status')
      .getByText(/Saved .*-CLF-comments\.csv/)
      .waitFor();

    const file = await finishedDownload(suite.browser.serviceWorker, /\.csv$/);
    expect(file.name).toBe('A_AC.254_4_Rev.11-CLF-comments.csv');
    const text = file.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      provision: 'Art. 5(1)(b)',
      quote: PASSAGE,
      comment: COMMENT,
      'proposal kind': 'replace',
      rationale: 'Article 19 ICCPR.',
    });
  });
});
