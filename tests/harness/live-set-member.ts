/** A coalition member's Chromium profile on the draft, and the Sets tab's live-set form. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Annotation } from '../../utils/formats/annotation.ts';
import { DEFAULT_SET_ID } from '../../utils/formats/default-set.ts';
import { databaseNameForSet } from '../../utils/sync/documents.ts';
import { type ExtensionBrowser, launchWithExtension } from './browser.ts';
import { DRAFT_URL } from './draft-page.ts';
import { tabIdOf } from './extension-db.ts';
import type { FixtureServer } from './fixture-server.ts';
import { createSetDatabase, type RunningServe, serve } from './sync-server.ts';

/** The set every test shares: each member's first set, under its database name. */
export const DATABASE = databaseNameForSet(DEFAULT_SET_ID);
export const MEMBERS = { amina: 'amina-secret', jonas: 'jonas-secret' };

/**
 * `redline serve` on a fresh data folder (`<folder>/server`, where a restart finds it again),
 * with the set's database and both members, as a coordinator sets it up.
 */
export async function serveSharedSet(): Promise<{ folder: string; sync: RunningServe }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'redline-live-'));
  const sync = await serve(path.join(folder, 'server'));
  const statuses = await createSetDatabase(sync, DATABASE, MEMBERS);
  if (statuses.join() !== '201,201,201,200') throw new Error(`set database setup: ${statuses}`);
  return { folder, sync };
}

/** Passages of the draft the members comment on. */
export const PASSAGES = {
  agreement: 'Agreeing with one or more other persons to commit a serious crime',
  counselling: 'Organizing, directing, aiding, abetting, facilitating or counselling',
  property: '“Property” shall mean assets of every kind',
} as const;

/** The bound is 2 s; this shared 2-core machine runs several suites at once. */
export const LIVE_BOUND_MS = Number(process.env.LIVE_BOUND_MS ?? 2_000);

/** When a comment was saved, by its own timestamp: the clock both profiles share. */
export function savedInstant(list: readonly Annotation[], comment: string): number {
  const saved = list.find((annotation) => annotation.comment === comment);
  if (!saved) throw new Error(`no comment "${comment}" saved`);
  return Date.parse(saved.updatedAt ?? saved.createdAt ?? '');
}

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

/** Jonas joins the set Amina shared on `address`, as the colleague he is. */
export function joinAsJonas(jonas: Member, address: string): Promise<void> {
  return connect(jonas, {
    set: 'Join a set a colleague shared',
    database: DATABASE,
    address,
    user: 'jonas',
    password: MEMBERS.jonas,
  });
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
