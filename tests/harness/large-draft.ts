import { readFileSync } from 'node:fs';
import path from 'node:path';
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
