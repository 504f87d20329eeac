import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { commentThroughUi } from '../harness/comment.ts';
import { serveDraft } from '../harness/draft-page.ts';
import { readExtensionStore, tabIdOf, waitFor } from '../harness/extension-db.ts';
import { useExtensionBrowser } from '../harness/suite.ts';

const SHAPES = 'https://www.unodc.org/documents/shapes';

interface Shape {
  name: string;
  first: { url: string; symbol: string };
  revision: { url: string; symbol: string };
  /** Passages commented on the first version, and the provision each gets there. */
  passages: Array<[passage: string, provision: string]>;
  /** What carrying over says, and one row by its old provision with the new one it shows. */
  summary: string;
  moved?: [oldProvision: string, newProvision: string];
  gone?: string;
  /** A unit of the document's own offered by the compare view, and a word its revision inserts. */
  compare: [address: string, inserted: string];
  /** Units the workbench outline lists for the revision. */
  outline: string[];
}

const SHAPES_UNDER_TEST: Shape[] = [
  {
    name: 'a draft resolution',
    first: { url: `${SHAPES}/draft-resolution.html`, symbol: 'A/C.1/80/L.53' },
    revision: { url: `${SHAPES}/draft-resolution-rev1.html`, symbol: 'A/C.1/80/L.53/Rev.1' },
    passages: [
      [
        'Decides that the Group of Scientific and Technical Experts will hold four 2-week sessions',
        'Operative para. 3',
      ],
      [
        'Compile knowledge on nuclear disarmament verification derived from past and ongoing initiatives',
        'Operative para. 5(b)',
      ],
      [
        'Requests the Group of Scientific and Technical Experts to report on its work to the General Assembly',
        'Operative para. 9',
      ],
      ['the fundamental importance of disarmament education', 'Preambular para. 22'],
    ],
    summary: '2 unchanged · 1 changed · 1 moved · 0 gone',
    moved: ['Operative para. 9', 'Operative para. 10'],
    compare: ['Operative para. 5', 'Appraise'],
    outline: ['Preambular para. 1', 'Preambular para. 25', 'Operative para. 12'],
  },
  {
    // A/CONF.187/6 as stored (chapter I, paragraphs 1–3); its revision is ours, made by the
    // edit script of tests/fixtures/shapes/build-working-paper.ts.
    name: 'a real report with a table of contents and numbered paragraphs',
    first: { url: `${SHAPES}/working-paper.html`, symbol: 'A/CONF.187/6' },
    revision: { url: `${SHAPES}/working-paper-rev1.html`, symbol: 'A/CONF.187/6/Rev.1' },
    passages: [
      ['It is a discussion paper, in the sense that some issues are identified', 'para. 1'],
      ['but no final solutions are provided', 'para. 1'],
      ['Some definitions of transnational organized crime are presented in chapter II', 'para. 2'],
      [
        'the General Assembly decided to establish an ad hoc committee to elaborate an international convention',
        'para. 3',
      ],
    ],
    summary: '1 unchanged · 1 changed · 1 moved · 1 gone',
    moved: ['para. 3', 'para. 2'],
    gone: 'para. 2',
    compare: ['para. 1', 'yet'],
    outline: ['Chapter I — Introduction', 'para. 1', 'para. 2'],
  },
  {
    name: 'interpretative notes',
    first: { url: `${SHAPES}/interpretative-notes.html`, symbol: 'A/55/383/Add.1' },
    revision: { url: `${SHAPES}/interpretative-notes-rev1.html`, symbol: 'A/55/383/Add.1/Rev.1' },
    passages: [
      ['the Ad Hoc Committee noted with deep', 'para. 7'],
      [
        'These notes will be included in the official records of the negotiation process',
        'para. 1',
      ],
    ],
    summary: '1 unchanged · 1 changed · 0 moved · 0 gone',
    compare: ['para. 1', 'whole'],
    outline: ['para. 1', 'para. 7 — on Art. 3', 'para. 88 — on Art. 3(a)'],
  },
];

describe('every shape of UN document in Chromium', () => {
  const suite = useExtensionBrowser();
  const annotations = () =>
    readExtensionStore<Annotation>(suite.browser.serviceWorker, 'annotations');

  /** A page opened as a user opens it: the annotator must come by itself. */
  async function open(url: string): Promise<Page> {
    const page = await suite.browser.context.newPage();
    await page.goto(url);
    await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
    return page;
  }

  for (const shape of SHAPES_UNDER_TEST) {
    it(`${shape.name}: opens for annotation by itself, outlines, carries over and compares by its own units`, async () => {
      const first = await open(shape.first.url);
      for (const [passage] of shape.passages) {
        await commentThroughUi(first, passage, { comment: `On “${passage.slice(0, 20)}”` });
      }
      const written = await waitFor(annotations, (list) =>
        shape.passages.every(([passage]) => list.some((a) => a.target.quote.exact === passage)),
      );
      expect(
        shape.passages.map(
          ([passage]) => written.find((a) => a.target.quote.exact === passage)?.provision,
        ),
      ).toEqual(shape.passages.map(([, provision]) => provision));
      await first.close();

      const revision = await open(shape.revision.url);
      await revision.getByText(`can be carried over to this revision`, { exact: false }).waitFor();
      const tabId = await tabIdOf(suite.browser.serviceWorker, shape.revision.url);
      const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);

      await panel.getByText(/^Outline \(\d+ provisions\)$/).waitFor();
      const outline = panel.getByRole('navigation', { name: 'Outline of the draft' });
      for (const entry of shape.outline) {
        await outline.getByRole('button', { name: entry, exact: true }).waitFor();
      }

      await panel.getByRole('tab', { name: 'Revisions' }).click();
      const carry = panel.getByRole('region', {
        name: `Carry comments over from ${shape.first.symbol}`,
      });
      await expect.poll(() => carry.locator('p.muted').first().textContent()).toBe(shape.summary);
      if (shape.moved) {
        const [from, to] = shape.moved;
        await expect(
          carry.getByRole('listitem', { name: `Moved: ${from}` }).textContent(),
        ).resolves.toContain(to);
      }
      if (shape.gone) await carry.getByRole('listitem', { name: `Gone: ${shape.gone}` }).waitFor();

      const compare = panel.getByRole('region', { name: 'Compare a provision' });
      const [address, inserted] = shape.compare;
      const offered = await compare
        .getByLabel('Provision')
        .locator('option')
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      expect(offered).toContain(address);
      expect(offered.some((label) => label.startsWith('Art.'))).toBe(false);
      await compare.getByLabel('Provision').selectOption(address);
      const diff = compare.getByRole('figure', { name: `Changes to ${address}` });
      await expect
        .poll(() => diff.locator('ins').allTextContents())
        .toEqual(expect.arrayContaining([expect.stringContaining(inserted)]));
      await panel.close();
      await revision.close();
    });
  }

  it('the workbench of a convention lists the interpretative notes kept on each of its articles', async () => {
    const draftUrl = serveDraft(suite.server);
    const draft = await open(draftUrl);
    const tabId = await tabIdOf(suite.browser.serviceWorker, draftUrl);
    const panel = await suite.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    const onArticle3 = panel.getByRole('region', { name: 'Interpretative notes on Art. 3' });
    await onArticle3.getByText('A/55/383/Add.1/Rev.1, para. 7 — on Art. 3').waitFor();
    // Only the Convention's note: para. 88 explains article 3 of the Migrants Protocol.
    await expect(onArticle3.getByRole('listitem').count()).resolves.toBe(1);
    await expect(onArticle3.textContent()).resolves.toContain(
      'During the negotiations of the convention',
    );
    await expect(
      panel.getByRole('region', { name: 'Interpretative notes on Art. 2' }).count(),
    ).resolves.toBe(0);
    await panel.close();

    // In the draft itself: the page strip names the note and takes the reader to its article.
    await draft.bringToFront();
    const strip = draft.getByRole('complementary', { name: 'Redline on this page' });
    await strip.getByRole('button', { name: 'Interpretative notes (1)' }).click();
    const note = strip.getByRole('list', { name: 'Interpretative notes' }).getByRole('listitem');
    await expect(note.textContent()).resolves.toBe(
      'Art. 3 A/55/383/Add.1/Rev.1, para. 7 — on Art. 3',
    );
    const heading = draft.getByRole('heading', { name: /^Article 3 / });
    await draft.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(
      heading.evaluate((element) => element.getBoundingClientRect().top),
    ).resolves.toBeLessThan(0);
    await note.getByRole('button', { name: 'Art. 3' }).click();
    await expect
      .poll(() =>
        heading.evaluate((element) => {
          const { top, bottom } = element.getBoundingClientRect();
          return top >= 0 && bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await draft.close();
  });
});
