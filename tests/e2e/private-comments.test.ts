import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSharedFile } from '../../utils/formats/import/parse-file.ts';
import { commentThroughUi } from '../harness/comment.ts';
import { finishedDownload, saveDownloadsAsUser } from '../harness/downloads.ts';
import {
  DRAFT_URL,
  highlightBox,
  paintedTexts,
  selectText,
  serveDraft,
} from '../harness/draft-page.ts';
import { tabIdOf } from '../harness/extension-db.ts';
import { saveOrganisation } from '../harness/profile.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const SHARED_PASSAGE = 'Organizing, directing, aiding, abetting, facilitating or counselling';
const SHARED = 'Too broad for journalists.';
const PRIVATE_PASSAGE = 'Agreeing with one or more other persons to commit a serious crime';
const PRIVATE = 'Internal: check with the delegation before we say this.';

/** CSV rows of a finished download, read back with a CSV parser. */
function csvComments(bytes: Buffer): string[] {
  const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  return rows.map((row) => row.comment ?? '').sort();
}

describe('a private comment, marked in the editor, stays out of exports and shared sets unless included', () => {
  const suite = useExtensionBrowser(
    (server) => {
      serveDraft(server);
    },
    { downloads: true },
  );
  let draft: Page;
  let panel: Page;

  beforeAll(async () => {
    await saveOrganisation(suite.browser, 'Civil Liberties Forum', 'CLF');
    draft = await suite.browser.context.newPage();
    await draft.goto(DRAFT_URL);
    await commentThroughUi(draft, SHARED_PASSAGE, { comment: SHARED });
  });

  it('the editor says where a comment goes, and keeps the choice when the comment is reopened', async () => {
    await selectText(draft, PRIVATE_PASSAGE);
    await draft
      .getByRole('toolbar', { name: /Redline/ })
      .getByRole('button', { name: 'Comment' })
      .click();
    const editor = draft.getByRole('dialog', { name: /New comment/ });
    const privacy = editor.getByRole('checkbox', { name: 'Keep private' });
    await expect(privacy.isChecked()).resolves.toBe(false);
    await expect(privacy.getAttribute('aria-describedby')).resolves.toBeTruthy();
    await editor.getByText('Shared: goes into the sets and exports you make.').waitFor();
    await editor.getByLabel('Comment').fill(PRIVATE);
    // Keyboard: the checkbox is reached and ticked like any other field.
    await privacy.focus();
    await draft.keyboard.press('Space');
    await editor.getByText(/^Only in this browser/).waitFor();
    await editor.getByRole('button', { name: 'Save comment' }).click();
    await draft.getByText(/Comment saved/).waitFor();

    await expect
      .poll(() => paintedTexts(draft).then((texts) => texts.sort()))
      .toEqual([PRIVATE_PASSAGE, SHARED_PASSAGE].sort());
    const box = await highlightBox(draft, PRIVATE_PASSAGE);
    await draft.mouse.click(box.x, box.y);
    const reopened = draft.getByRole('dialog', { name: /Edit comment/ });
    await expect(
      reopened.getByRole('checkbox', { name: 'Keep private' }).isChecked(),
    ).resolves.toBe(true);
    await reopened.getByRole('button', { name: 'Close (keep draft)' }).click();
  });

  it('the workbench card says it is private', async () => {
    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await saveDownloadsAsUser(panel);
    const card = panel.locator('.comment-card', { hasText: PRIVATE });
    await card.getByText(/private: stays in this browser/).waitFor();
    await expect(
      panel
        .locator('.comment-card', { hasText: SHARED })
        .getByText(/private/)
        .count(),
    ).resolves.toBe(0);
  });

  it('a submission leaves it out, and holds it once the user includes it on purpose', async () => {
    await panel.getByRole('tab', { name: 'Export' }).click();
    const form = panel.getByRole('form', { name: 'Export a submission' });
    await form.getByLabel(/CSV for spreadsheets/).check();
    await form.getByRole('button', { name: 'Export' }).click();
    const without = await finishedDownload(suite.browser.serviceWorker, /comments\.csv$/);
    expect(csvComments(without.bytes)).toEqual([SHARED]);

    await form.getByRole('checkbox', { name: 'Include 1 private comment or reply' }).check();
    await form.getByRole('button', { name: 'Export' }).click();
    const withPrivate = await finishedDownload(suite.browser.serviceWorker, /comments \(1\)\.csv$/);
    expect(csvComments(withPrivate.bytes)).toEqual([PRIVATE, SHARED].sort());
  });

  it('a shared set file leaves it out, and carries it flagged private once included', async () => {
    await panel.getByRole('tab', { name: 'Sets' }).click();
    await panel.getByRole('checkbox', { name: /^Select My comments.* for export$/ }).check();
    await panel.getByRole('button', { name: 'Download selected sets' }).click();
    const without = await finishedDownload(suite.browser.serviceWorker, /\.redline\.json$/);
    const shared = readSharedFile(new Uint8Array(without.bytes));
    if (!shared.ok) throw new Error(shared.errors.join('\n'));
    expect(shared.value.file.annotations.map((a) => a.comment)).toEqual([SHARED]);

    await panel.getByRole('checkbox', { name: /^Include my private comments/ }).check();
    await panel.getByRole('button', { name: 'Download selected sets' }).click();
    const included = await finishedDownload(suite.browser.serviceWorker, /\.redline \(1\)\.json$/);
    const all = readSharedFile(new Uint8Array(included.bytes));
    if (!all.ok) throw new Error(all.errors.join('\n'));
    expect(all.value.file.annotations.map((a) => [a.comment, a.private ?? false]).sort()).toEqual([
      [PRIVATE, true],
      [SHARED, false],
    ]);
  });
});
