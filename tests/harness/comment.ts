import type { Page } from 'playwright-core';
import { selectText } from './draft-page.ts';

export interface CommentFields {
  comment: string;
  replaceWith?: string;
  rationale?: string;
}

/** Comments on what is selected through the real toolbar and editor, and saves. */
export async function commentOnSelection(page: Page, fields: CommentFields): Promise<void> {
  const comment = page
    .getByRole('toolbar', { name: /Redline/ })
    .getByRole('button', { name: 'Comment' });
  const editor = page.getByRole('dialog', { name: /New comment/ });
  await comment.click();
  await editor.waitFor().catch(async (error: unknown) => {
    // Say what the annotator showed instead.
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('redline-ui')].map((host) => host.shadowRoot?.textContent),
    );
    throw new Error(`No editor after Comment; the annotator shows ${JSON.stringify(shown)}`, {
      cause: error,
    });
  });
  await editor.getByLabel('Comment').fill(fields.comment);
  if (fields.replaceWith !== undefined) {
    await editor.getByLabel('Proposed amendment').selectOption('replace');
    await editor.getByLabel('Proposed text').fill(fields.replaceWith);
  }
  if (fields.rationale !== undefined) await editor.getByLabel('Rationale').fill(fields.rationale);
  await editor.getByRole('button', { name: 'Save comment' }).click();
}

/** Comments on a passage through the annotator's own UI, as a user does, and waits for the save. */
export async function commentThroughUi(
  page: Page,
  passage: string,
  fields: CommentFields,
): Promise<void> {
  await page.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
  await selectText(page, passage);
  await commentOnSelection(page, fields);
  await page.getByText(/Comment saved/).waitFor();
}
