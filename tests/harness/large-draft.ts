import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../../utils/formats/annotation.ts';
import type { ExtensionBrowser } from './browser.ts';
import { passagesOnHtmlDraft } from './draft-passages.ts';
import type { FixtureServer } from './fixture-server.ts';

export const LARGE_DRAFT_URL =
  'https://www.unodc.org/documents/treaties/UNTOC/draft-convention-with-protocol-articles.html';

/**
 * A draft page of more than 150 KB, as UN treaty pages come (the issue measured a 154 KB page of
 * 76 articles): the UNTOC draft fixture with its 41 articles followed by the same articles
 * numbered 42 to 82.
 */
export function serveLargeDraft(server: FixtureServer): {
  url: string;
  html: string;
  bytes: number;
} {
  const html = readFileSync(
    path.resolve(import.meta.dirname, '../fixtures/un/untoc-draft.html'),
    'utf8',
  );
  const from = html.indexOf('<h3>Article 1');
  const to = html.indexOf('<section class="footnotes">');
  const again = html
    .slice(from, to)
    .replace(/<h3>Article (\d+)/g, (_match, number: string) => `<h3>Article ${Number(number) + 41}`)
    .replace(/<sup><a href="#fn\d+" id="fnref\d+">\d+<\/a><\/sup>/g, '');
  const large = html.slice(0, to) + again + html.slice(to);
  const body = Buffer.from(large);
  const url = new URL(LARGE_DRAFT_URL);
  server.routes.set(`${url.host}${url.pathname}`, { body, type: 'text/html; charset=utf-8' });
  return { url: LARGE_DRAFT_URL, html: large, bytes: body.length };
}

/**
 * `count` comments spread over the large draft, stored in the extension's database as the
 * annotator would have saved them. A first visit has the background create the database; the
 * comments are stored after it.
 */
export async function storeCommentsOnLargeDraft(
  browser: ExtensionBrowser,
  draft: { url: string; html: string },
  count: number,
): Promise<Annotation[]> {
  const annotations: Annotation[] = passagesOnHtmlDraft(count, 5, draft.html, draft.url).map(
    (target, i) => ({
      id: `comment-${i}`,
      setId: 'my-comments',
      documentKey: 'A/AC.254/4/Rev.11|en',
      target,
      provision: target.structure?.address ?? '',
      comment: `Comment ${i}`,
      rationale: '',
      tags: [],
      author: { id: 'tester', name: 'Tester' },
      createdAt: '2026-11-30T00:00:00.000Z',
      updatedAt: '2026-11-30T00:00:00.000Z',
    }),
  );
  const first = await browser.context.newPage();
  await first.goto(draft.url);
  await first.locator('redline-ui[data-ready]').waitFor({ state: 'attached' });
  await first.close();
  await browser.serviceWorker.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('redline');
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('annotations')) {
            reject(new Error('the extension database has no annotations store yet'));
            return;
          }
          const tx = open.result.transaction('annotations', 'readwrite');
          for (const record of records) tx.objectStore('annotations').put(record);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    annotations,
  );
  return annotations;
}
