import type { ExtensionBrowser } from './browser.ts';

/** Fills the organisation profile in Options, as a user does before exporting. */
export async function saveOrganisation(
  browser: ExtensionBrowser,
  organisation: string,
  acronym: string,
): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  await options.getByLabel('Organisation', { exact: true }).fill(organisation);
  await options.getByLabel('Acronym').fill(acronym);
  await options.getByRole('button', { name: 'Save profile' }).click();
  await options.getByText('Profile saved.').waitFor();
  await options.close();
}
