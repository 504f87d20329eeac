import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { commentThroughUi } from '../harness/comment.ts';
import { nextRevisionHtml, paintedTexts, selectText, serveDraft } from '../harness/draft-page.ts';
import { readExtensionStore, tabIdOf, waitFor } from '../harness/extension-db.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const REV12_URL = 'https://www.unodc.org/documents/treaties/UNTOC/draft-convention-rev12.html';
const UNCHANGED = 'It is committed in more than one State';
const CHANGED_AND_MOVED = 'Organizing, directing, aiding, abetting, facilitating or counselling';
const DELETED = 'Nothing in this Convention entitles a State Party to undertake in the territory';
const MOVED = 'The concealment or disguise of the true nature, source, location';

describe('carrying comments to a new revision in Chromium', () => {
  const suite = useExtensionBrowser((server) => {
    server.routes.set(`www.unodc.org${new URL(REV12_URL).pathname}`, {
      body: nextRevisionHtml(),
      type: 'text/html; charset=utf-8',
    });
  });

  const annotations = () =>
    readExtensionStore<Annotation>(suite.browser.serviceWorker, 'annotations');

  it('offers each comment with its status, carries only what the user accepts, and leaves the originals', async () => {
    const rev11 = await suite.browser.context.newPage();
    await rev11.goto(serveDraft(suite.server));
    await rev11.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    for (const [passage, comment] of [
      [UNCHANGED, 'Define "State" here.'],
      [CHANGED_AND_MOVED, 'Too broad.'],
      [DELETED, 'Keep this safeguard.'],
      [MOVED, 'Knowledge standard needed.'],
    ] as const) {
      await commentThroughUi(rev11, passage, { comment });
    }
    await rev11.close();

    const rev12 = await suite.browser.context.newPage();
    await rev12.goto(REV12_URL);
    await rev12.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await rev12
      .getByText('4 comments on A/AC.254/4/Rev.11 can be carried over to this revision', {
        exact: false,
      })
      .waitFor();
    const tabId = await tabIdOf(suite.browser.serviceWorker, REV12_URL);
    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByRole('tab', { name: 'Revisions' }).click();
    const carry = panel.getByRole('region', { name: 'Carry comments over from A/AC.254/4/Rev.11' });
    await carry.getByText('1 unchanged · 0 changed · 2 moved · 1 gone').waitFor();
    await expect(
      carry.getByRole('listitem', { name: 'Moved: Art. 5(1)(b)' }).textContent(),
    ).resolves.toContain('Art. 4(1)(b)');
    await expect(
      carry.getByRole('listitem', { name: 'Moved: Art. 5(1)(b)' }).locator('ins').allTextContents(),
    ).resolves.toEqual(expect.arrayContaining([expect.stringContaining('or')]));
    await expect(
      carry.getByRole('listitem', { name: 'Gone: Art. 4(2)' }).textContent(),
    ).resolves.toContain(DELETED);
    expect(await paintedTexts(rev12)).toEqual([]);

    await carry.getByRole('button', { name: 'Carry over the 1 unchanged' }).click();
    await expect.poll(() => paintedTexts(rev12)).toEqual([UNCHANGED]);

    await carry
      .getByRole('listitem', { name: 'Moved: Art. 6(1)(a)(ii)' })
      .getByRole('button', { name: 'Accept the new place' })
      .click();
    await expect
      .poll(async () => (await paintedTexts(rev12)).sort())
      .toEqual([UNCHANGED, MOVED].sort());

    await rev12.bringToFront();
    await selectText(rev12, 'This Convention shall apply, except as otherwise stated herein');
    await carry
      .getByRole('listitem', { name: 'Gone: Art. 4(2)' })
      .getByRole('button', { name: 'Use the passage selected in the page' })
      .click();
    await carry.getByText('Comment placed on Art. 3(1).').waitFor();

    const all = await waitFor(annotations, (list) => list.length === 7);
    const onRev12 = all.filter((a) => a.documentKey === 'A/AC.254/4/Rev.12|en');
    const onRev11 = all.filter((a) => a.documentKey === 'A/AC.254/4/Rev.11|en');
    expect(onRev11).toHaveLength(4);
    expect(onRev12.map((a) => [a.provision, a.carriedFrom?.provision]).sort()).toEqual(
      [
        ['Art. 3(2)(a)', 'Art. 3(2)(a)'],
        ['Art. 3(1)', 'Art. 4(2)'],
        ['Art. 5(1)(a)(ii)', 'Art. 6(1)(a)(ii)'],
      ].sort(),
    );
    await carry.getByRole('listitem', { name: 'Moved: Art. 5(1)(b)' }).waitFor();
    await panel.close();

    const popup = await suite.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const revisions = popup.getByRole('list', { name: 'Revisions of A/AC.254/4 kept here' });
    await expect
      .poll(() => revisions.getByRole('listitem').allTextContents())
      .toEqual(['A/AC.254/4/Rev.11', 'A/AC.254/4/Rev.12 (this page) — newest']);
    await popup.close();
    await rev12.close();
  });
});
