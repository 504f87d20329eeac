/** A coalition member's Chromium profile on the draft, and the Sets tab's live-set form. */
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from './browser.ts';
import { DRAFT_URL } from './draft-page.ts';
import { tabIdOf } from './extension-db.ts';
import type { FixtureServer } from './fixture-server.ts';

export interface Member {
  browser: ExtensionBrowser;
  draft: Page;
  panel: Page;
}

/** What a member types into the form: a set to share, or the database of one to join. */
export interface ConnectFields {
  set: string;
  database?: string;
  address: string;
  user: string;
  password: string;
}

/** A member's browser on the draft, with the workbench open on its Sets tab. */
export async function openMember(server: FixtureServer): Promise<Member> {
  const browser = await launchWithExtension(server);
  const draft = await browser.context.newPage();
  await draft.goto(DRAFT_URL);
  await draft.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
  const tabId = await tabIdOf(browser.serviceWorker, DRAFT_URL);
  const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.getByRole('tab', { name: 'Sets' }).click();
  return { browser, draft, panel };
}

export async function connect(member: Member, fields: ConnectFields): Promise<void> {
  const form = member.panel.getByRole('form', { name: 'Connect a set to a server' });
  await form.getByRole('combobox').selectOption({ label: fields.set });
  if (fields.database) await form.getByLabel('Set database').fill(fields.database);
  await form.getByLabel('Server address').fill(fields.address);
  await form.getByLabel('User name').fill(fields.user);
  await form.getByLabel('Password').fill(fields.password);
  await form.getByRole('button', { name: 'Connect' }).click();
}

export function formMessage(member: Member) {
  return member.panel
    .getByRole('form', { name: 'Connect a set to a server' })
    .getByRole('status')
    .textContent();
}

export function liveStatus(member: Member) {
  return member.panel.locator('.live-set [role="status"]').first().textContent();
}
