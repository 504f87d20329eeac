import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import type { AnnotationSetInfo } from '../../utils/formats/annotation-set.ts';
import { readSharedFile } from '../../utils/formats/import/parse-file.ts';
import type { RedlineSetFile } from '../../utils/formats/set-file.ts';
import { commentThroughUi } from '../harness/comment.ts';
import { finishedDownload, saveDownloadsAsUser } from '../harness/downloads.ts';
import { DRAFT_URL, paintedColours, paintedTexts, serveDraft } from '../harness/draft-page.ts';
import {
  dumpExtensionDb,
  readExtensionStore,
  tabIdOf,
  waitFor,
  withoutWriteInstants,
} from '../harness/extension-db.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const SHARING = path.resolve(import.meta.dirname, '../fixtures/sharing');
const MINE = 'Organizing, directing, aiding, abetting, facilitating or counselling';
const THEIRS = [
  'Agreeing with one or more other persons to commit a serious crime',
  'agreement referred to in paragraph 1 of this article may be inferred from objective factual circumstances',
  'which regime shall emphasize requirements for customer identification',
];
const COLLEAGUE_SET = 'CLF comments on UNTOC';
const STORES = ['documents', 'annotations', 'sets', 'profile', 'drafts', 'superseded', 'meta'];

const dumpDb = (worker: Worker) => dumpExtensionDb(worker, STORES);

/** The colleague's set, made on the draft this test opens (its document key). */
function colleagueOn(documentKey: string): RedlineSetFile {
  const file: RedlineSetFile = JSON.parse(
    readFileSync(path.join(SHARING, 'untoc-colleague.redline.json'), 'utf8'),
  );
  file.documents = file.documents.map((document) => ({ ...document, key: documentKey }));
  file.annotations = file.annotations.map((annotation) => ({ ...annotation, documentKey }));
  return file;
}

function asUpload(name: string, value: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) };
}

describe('sharing annotation sets in Chromium', () => {
  const suite = useExtensionBrowser(
    (server) => {
      serveDraft(server);
    },
    { downloads: true },
  );
  let draft: Page;
  let panel: Page;
  let documentKey: string;

  beforeAll(async () => {
    draft = await suite.browser.context.newPage();
    await draft.goto(DRAFT_URL);
    await commentThroughUi(draft, MINE, { comment: 'Too broad for journalists.' });
    const [mine] = await readExtensionStore<Annotation>(suite.browser.serviceWorker, 'annotations');
    documentKey = mine?.documentKey as string;
    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await saveDownloadsAsUser(panel);
    await panel.getByRole('tab', { name: 'Sets' }).click();
  });

  const picker = () => panel.getByLabel(/Import a shared file/);
  const sets = () => readExtensionStore<AnnotationSetInfo>(suite.browser.serviceWorker, 'sets');

  it("previews a colleague's set without writing, then applies it as a layer in its colour", async () => {
    const before = await dumpDb(suite.browser.serviceWorker);
    await picker().setInputFiles(asUpload('clf.redline.json', colleagueOn(documentKey)));
    const preview = panel.getByRole('region', { name: 'Import preview' });
    await preview.getByText('3 new', { exact: true }).waitFor();
    await expect(preview.getByText('0 in conflict (both versions kept)').count()).resolves.toBe(1);
    await expect(preview.getByText('0 new documents').count()).resolves.toBe(1);
    expect(await dumpDb(suite.browser.serviceWorker)).toEqual(before);

    await preview.getByRole('button', { name: 'Apply import' }).click();
    await panel.getByText('Imported clf.redline.json.').waitFor();
    const row = panel.getByRole('listitem', { name: COLLEAGUE_SET });
    await row
      .getByText(/colleague layer: Amina Diallo, Civil Liberties Forum · 3 comments/)
      .waitFor();

    await draft.bringToFront();
    await expect
      .poll(() => paintedTexts(draft).then((t) => t.sort()))
      .toEqual([MINE, ...THEIRS].sort());
    const colours = await paintedColours(draft);
    for (const passage of THEIRS) expect(colours[passage]).toBe('#e57373');
    expect(colours[MINE]).not.toBe('#e57373');
  });

  it('hides the layer in the page when its toggle is off, and shows it again', async () => {
    const toggle = panel.getByRole('checkbox', { name: `Show ${COLLEAGUE_SET}` });
    await toggle.uncheck();
    await expect.poll(() => paintedTexts(draft)).toEqual([MINE]);
    expect((await sets()).find((set) => set.name === COLLEAGUE_SET)?.visible).toBe(false);
    await toggle.check();
    await expect.poll(() => paintedTexts(draft).then((t) => t.length)).toBe(4);
  });

  it("filters the workbench's comments by author once a colleague's layer is in", async () => {
    await panel.getByRole('tab', { name: 'Comments' }).click();
    const filters = panel.getByRole('search', { name: 'Filter comments' });
    await filters.getByLabel('Author').selectOption({ label: 'Amina Diallo' });
    await expect.poll(() => filters.getByRole('status').textContent()).toMatch(/^3 of 4 comments/);
    await filters.getByLabel('Author').selectOption({ label: 'All' });
    await panel.getByRole('tab', { name: 'Sets' }).click();
  });

  it('finds nothing to change when the same file comes again, and Cancel writes nothing', async () => {
    await picker().setInputFiles(asUpload('clf.redline.json', colleagueOn(documentKey)));
    const preview = panel.getByRole('region', { name: 'Import preview' });
    await preview.getByText('3 unchanged').waitFor();
    await expect(preview.getByText('0 new', { exact: true }).count()).resolves.toBe(1);
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect(preview.count()).resolves.toBe(0);
  });

  it('shows both versions of an annotation edited at the same instant, and keeps the chosen one', async () => {
    const file = colleagueOn(documentKey);
    const edited = {
      ...(file.annotations[0] as Annotation),
      comment: 'Same instant, other words.',
    };
    file.annotations = [edited];
    await picker().setInputFiles(asUpload('concurrent.redline.json', file));
    const preview = panel.getByRole('region', { name: 'Import preview' });
    await preview.getByText('1 in conflict (both versions kept)').waitFor();
    await preview.getByRole('button', { name: 'Apply import' }).click();

    const shownNow = panel.getByRole('region', { name: 'Version shown now' });
    const other = panel.getByRole('region', { name: 'Other version' });
    await other.waitFor();
    const annotation = async () =>
      (await readExtensionStore<Annotation>(suite.browser.serviceWorker, 'annotations')).find(
        (stored) => stored.id === edited.id,
      );
    const winner = (await annotation())?.comment as string;
    await expect(shownNow.textContent()).resolves.toContain(winner);
    const loser = [
      edited.comment,
      'Agreement alone should not be criminalised without an overt act.',
    ].find((comment) => comment !== winner) as string;
    await expect(other.textContent()).resolves.toContain(loser);

    await other.getByRole('button', { name: 'Keep this version' }).click();
    await panel.getByText('Kept: Other version. The other is kept in the history.').waitFor();
    expect((await annotation())?.comment).toBe(loser);
    const history = await readExtensionStore<{ annotation: Annotation }>(
      suite.browser.serviceWorker,
      'superseded',
    );
    expect(history.map((row) => row.annotation.comment)).toEqual(
      expect.arrayContaining([winner, loser]),
    );
  });

  it('refuses a corrupt file whole and writes nothing; of a sound file, lists each item it skips', async () => {
    const before = await dumpDb(suite.browser.serviceWorker);
    await picker().setInputFiles(
      asUpload('broken.redline.json', { ...colleagueOn(documentKey), sets: null }),
    );
    const refusal = panel
      .getByRole('alert')
      .filter({ hasText: 'broken.redline.json was not imported' });
    await refusal.waitFor();
    expect(await refusal.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^sets: expected array, received null/),
    ]);
    expect(await dumpDb(suite.browser.serviceWorker)).toEqual(before);
    await refusal.getByRole('button', { name: 'Dismiss' }).click();

    const hostile = colleagueOn(documentKey) as unknown as {
      annotations: Array<Record<string, unknown> & { target: Record<string, unknown> }>;
    };
    const [first, second, third] = hostile.annotations;
    if (!first || !second || !third) throw new Error('fixture changed');
    first.comment = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 1">';
    delete second.target.quote;
    third.updatedAt = 'yesterday';
    await picker().setInputFiles(asUpload('hostile.redline.json', hostile));
    const preview = panel.getByRole('region', { name: 'Import preview' });
    await preview.getByText('2 not imported').click();
    const skipped = await preview
      .getByRole('listitem')
      .filter({ hasText: 'not imported (' })
      .allTextContents();
    expect(skipped).toEqual([
      expect.stringMatching(/annotations\[1\] \(id "clf-untoc-2"\): not imported \(target\.quote/),
      expect.stringMatching(/annotations\[2\] \(id "clf-untoc-3"\): not imported \(updatedAt/),
    ]);
    // Nothing is written until the user applies.
    expect(await dumpDb(suite.browser.serviceWorker)).toEqual(before);
    await preview.getByRole('button', { name: 'Cancel' }).click();
  });

  it('keeps script in an imported comment inert: shown as text in the panel, never run', async () => {
    const file = colleagueOn(documentKey);
    const markup = '<img src=x onerror="window.pwned = 1"><script>window.pwned = 1</script>';
    file.annotations = [
      { ...(file.annotations[0] as Annotation), id: 'clf-markup', comment: markup },
    ];
    await picker().setInputFiles(asUpload('markup.redline.json', file));
    await panel.getByRole('button', { name: 'Apply import' }).click();
    await panel.getByText('Imported markup.redline.json.').waitFor();

    await panel.getByRole('tab', { name: 'Comments' }).click();
    await panel.getByText(markup).first().waitFor();
    await expect(panel.locator('main img, main script').count()).resolves.toBe(0);
    await expect(panel.evaluate(() => 'pwned' in window)).resolves.toBe(false);
    await expect(draft.evaluate(() => 'pwned' in window)).resolves.toBe(false);
    await panel.getByRole('tab', { name: 'Sets' }).click();
  });

  it('takes a W3C file dropped on the import zone, anchored onto the open draft', async () => {
    const w3c = JSON.parse(readFileSync(path.join(SHARING, 'untoc-w3c.jsonld'), 'utf8'));
    for (const item of w3c.first.items) item.target = { ...item.target, source: DRAFT_URL };
    const dataTransfer = await panel.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'review.jsonld', { type: 'application/ld+json' }));
      return transfer;
    }, JSON.stringify(w3c));
    await panel.locator('fieldset.file-drop').dispatchEvent('drop', { dataTransfer });
    const preview = panel.getByRole('region', { name: 'Import preview' });
    await preview.getByText('W3C Web Annotations', { exact: false }).waitFor();
    await preview.getByText('2 new', { exact: true }).waitFor();
    await expect(preview.getByText('0 new documents').count()).resolves.toBe(1);
    await preview.getByRole('button', { name: 'Apply import' }).click();
    await expect.poll(() => paintedTexts(draft).then((t) => t.length)).toBe(7);
  });

  it('exports the chosen set as a *.redline.json a colleague can import', async () => {
    await panel
      .getByRole('checkbox', {
        name: `Select ${COLLEAGUE_SET} — Amina Diallo, Civil Liberties Forum for export`,
      })
      .check();
    await panel.getByRole('button', { name: 'Download selected sets' }).click();
    await panel.getByText(/Saved CLF-comments-on-UNTOC-\d{4}-\d\d-\d\d\.redline\.json/).waitFor();
    const file = await finishedDownload(suite.browser.serviceWorker, /\.redline\.json$/);
    const read = readSharedFile(new Uint8Array(file.bytes));
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.value.file.sets.map((set) => set.name)).toEqual([COLLEAGUE_SET]);
    expect(read.value.file.annotations.map((a) => a.id).sort()).toEqual([
      'clf-markup',
      'clf-untoc-1',
      'clf-untoc-2',
      'clf-untoc-3',
    ]);
  });

  it('creates and renames a set of its own', async () => {
    const form = panel.getByRole('form', { name: 'New set' });
    await form.getByLabel('Name').fill('Coalition draft');
    await form.getByRole('button', { name: 'New set' }).click();
    const name = panel.getByLabel('Name of the set Coalition draft');
    await name.fill('Joint submission');
    await name.press('Enter');
    await waitFor(sets, (all) =>
      all.some((set) => set.name === 'Joint submission' && set.origin === 'own'),
    );
  });
});

describe('backup, restore and the eviction warning in the options page', () => {
  const suite = useExtensionBrowser(undefined, { downloads: true });

  it('restores exactly what the backup held, after asking', async () => {
    const options = await suite.browser.openExtensionPage('options.html');
    await saveDownloadsAsUser(options);
    await options
      .getByLabel(/Import a shared file/)
      .setInputFiles(path.join(SHARING, 'untoc-colleague.redline.json'));
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByText('Imported untoc-colleague.redline.json.').waitFor();
    await options.getByText(/^Storage: (persistent|not persistent)/).waitFor();
    const backedUp = await dumpDb(suite.browser.serviceWorker);

    await options.getByRole('button', { name: 'Download a backup' }).click();
    const backup = await finishedDownload(suite.browser.serviceWorker, /^redline-backup-.*\.json$/);

    await options.getByLabel('Organisation', { exact: true }).fill('Changed after the backup');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await options.getByText('Profile saved.').waitFor();
    expect(await dumpDb(suite.browser.serviceWorker)).not.toEqual(backedUp);

    await options.getByLabel(/Restore from a backup file/).setInputFiles({
      name: backup.name,
      mimeType: 'application/json',
      buffer: backup.bytes,
    });
    const dialog = options.getByRole('dialog', { name: 'Restore a backup' });
    await dialog.getByText(/^Redline holds now 3 comments/).waitFor();
    await dialog.getByText(/^Merge: .* 0 new comments, 0 newer edits/).waitFor();
    await dialog.getByRole('button', { name: 'Replace everything with the backup' }).click();
    await options
      .getByText(/Restored redline-backup-.*: 3 annotations, 1 set, 1 document \(\d+\.\d s\)\./)
      .waitFor();
    expect(withoutWriteInstants(await dumpDb(suite.browser.serviceWorker))).toEqual(
      withoutWriteInstants(backedUp),
    );
    await expect(options.getByLabel('Organisation', { exact: true }).inputValue()).resolves.toBe(
      '',
    );
    await options.close();
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const options = await suite.browser.openExtensionPage('options.html');
    const before = await dumpDb(suite.browser.serviceWorker);
    await options.getByLabel(/Restore from a backup file/).setInputFiles({
      name: 'not-a-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'redline.backup', version: 1, tables: {} })),
    });
    await options
      .getByText('not-a-backup.json was not restored; your data is unchanged.')
      .waitFor();
    await expect(
      options.getByRole('list', { name: 'Why the backup was refused' }).textContent(),
    ).resolves.toMatch(/exportedAt/);
    expect(await dumpDb(suite.browser.serviceWorker)).toEqual(before);
    await options.close();
  });

  it('warns loudly when the browser deleted the database, until the user dismisses it', async () => {
    // What eviction leaves behind: the flag in storage.local says the database was set up, but
    // the database no longer holds the sentinel written then.
    await suite.browser.serviceWorker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('redline');
          open.onsuccess = () => {
            const clear = open.result.transaction('meta', 'readwrite').objectStore('meta').clear();
            clear.onsuccess = () => {
              open.result.close();
              resolve();
            };
            clear.onerror = () => reject(clear.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    const options = await suite.browser.openExtensionPage('options.html');
    const warning = options.getByRole('alert', { name: 'Your data was deleted' });
    await warning.getByText('The browser deleted Redline’s data').waitFor();
    const panel = await suite.browser.openExtensionPage('sidepanel.html');
    await panel.getByRole('alert', { name: 'Your data was deleted' }).waitFor();
    await warning.getByRole('button', { name: /hide this/ }).click();
    await expect(warning.count()).resolves.toBe(0);
    await panel.reload();
    await panel.getByRole('heading', { name: 'Redline workbench' }).waitFor();
    await expect(panel.getByRole('alert', { name: 'Your data was deleted' }).count()).resolves.toBe(
      0,
    );
  });
});
