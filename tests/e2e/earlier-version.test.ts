import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { commentThroughUi } from '../harness/comment.ts';
import { DRAFT_URL, paintedTexts, serveDraft } from '../harness/draft-page.ts';
import { readExtensionStore, tabIdOf, waitFor } from '../harness/extension-db.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const UNCHANGED = 'Organizing, directing, aiding, abetting, facilitating or counselling';
const EDITED = 'existing for a period of time and acting in concert';
/** The same words in the text the page serves later, with words inserted inside them. */
const EDITED_NOW =
  'existing for a period of time, whether or not formally constituted, and acting in concert';

describe('a draft page whose text changed since it was commented, in Chromium', () => {
  const suite = useExtensionBrowser((server) => {
    serveDraft(server);
  });

  it('places the comment on the edited words by the text it was made on', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(DRAFT_URL);
    await commentThroughUi(page, EDITED, { comment: 'Which period of time?' });
    await commentThroughUi(page, UNCHANGED, { comment: 'Too broad.' });
    const annotations = () =>
      readExtensionStore<Annotation>(suite.browser.serviceWorker, 'annotations');
    const saved = await waitFor(annotations, (list) => list.length === 2);
    const madeOn = saved[0]?.target.documentVersion;

    // The same address now serves a revised text, as UN pages are replaced in place.
    const html = readFileSync(
      path.resolve(import.meta.dirname, '../fixtures/un/untoc-draft.html'),
      'utf8',
    );
    expect(html).toContain(EDITED);
    suite.server.routes.set(`www.unodc.org${new URL(DRAFT_URL).pathname}`, {
      body: html.replace(EDITED, EDITED_NOW),
      type: 'text/html; charset=utf-8',
    });
    await page.reload();
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    await expect
      .poll(async () => (await paintedTexts(page)).sort())
      .toEqual([EDITED_NOW, UNCHANGED].sort());
    // The page is another version now, and the comments still name the one they were made on.
    const documents = await readExtensionStore<{ versions: string[] }>(
      suite.browser.serviceWorker,
      'documents',
    );
    expect(documents[0]?.versions).toHaveLength(2);
    expect(documents[0]?.versions[0]).toBe(madeOn);

    const tabId = await tabIdOf(suite.browser.serviceWorker, DRAFT_URL);
    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByText('2 of 2 comments · 1 exact · 1 fuzzy · 0 not placed').waitFor();
    await panel.close();
    await page.close();
  });
});
