import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { FixtureServer } from './fixture-server.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/un');
export const DRAFT_URL = 'https://www.unodc.org/documents/treaties/UNTOC/draft-convention.html';
/**
 * The draft at an address longer than Redline records (a 5,000-character session parameter):
 * the background refuses it, so the annotator cannot start there.
 */
export const OVERLONG_DRAFT_URL = `https://www.unodc.org/documents/treaties/UNTOC/draft-convention-session.html?session=${'s'.repeat(5_000)}`;
export const LISTING_URL =
  'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/ahc_sixth_session/main.html';

/** Serves a fixture of tests/fixtures/un at a real UN address. */
export function serveFixture(server: FixtureServer, url: string, file: string): string {
  server.routes.set(`${new URL(url).host}${new URL(url).pathname}`, {
    body: readFileSync(path.join(FIXTURES, file)),
    type: 'text/html; charset=utf-8',
  });
  return url;
}

/** Serves the UNTOC draft fixture at a UNODC address. */
export function serveDraft(server: FixtureServer, url = DRAFT_URL): string {
  return serveFixture(server, url, 'untoc-draft.html');
}

/**
 * Selects `text` (its first occurrence after `after`) in the page, as a user dragging would.
 * Runs inside the page: Chromium's and Firefox's drivers both pass it to their `evaluate`.
 */
export function selectTextInPage({ text, after }: { text: string; after: string }): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let passedAfter = after === '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (!passedAfter) {
      if (data.includes(after)) passedAfter = true;
      else continue;
    }
    const at = data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const selection = window.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    const rect = range.getBoundingClientRect();
    document.dispatchEvent(
      new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }),
    );
    return;
  }
  throw new Error(`text not found in the page: ${text}`);
}

/** The text of every range Redline has registered with the CSS Custom Highlight API (in the page). */
export function paintedTextsInPage(): string[] {
  const texts: string[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('redline-')) continue;
    for (const range of highlight) texts.push(range.toString());
  }
  return texts;
}

/** Selects `text` (its first occurrence after `after`) in the page, as a user dragging would. */
export async function selectText(page: Page, text: string, after = ''): Promise<void> {
  await page.evaluate(selectTextInPage, { text, after });
}

/** The text of every range Redline has registered with the CSS Custom Highlight API. */
export async function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(paintedTextsInPage);
}

/** Painted passage text → the background colour of its highlight. */
export async function paintedColours(page: Page): Promise<Record<string, string | undefined>> {
  return page.evaluate(() => {
    const css = [...document.querySelectorAll('style[data-redline-ui]')]
      .map((style) => style.textContent)
      .join('\n');
    const colours: Record<string, string | undefined> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('redline-')) continue;
      const rule = new RegExp(
        `::highlight\\(${name}\\) \\{ background-color: color-mix\\(in srgb, (#[0-9a-f]{6})`,
        'i',
      );
      for (const range of highlight) colours[range.toString()] = rule.exec(css)?.[1];
    }
    return colours;
  });
}

/** A point inside the painted highlight whose text is `text` (first one when omitted). */
export async function highlightBox(page: Page, text?: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('redline-')) continue;
      for (const range of highlight) {
        if (wanted !== undefined && range.toString() !== wanted) continue;
        const rect = (range as Range).getClientRects()[0] as DOMRect;
        return { x: rect.left + 5, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error(`no highlight on ${wanted ?? 'the page'}`);
  }, text);
}

/**
 * The next revision of the UNTOC draft fixture, with the edits negotiators make: a new symbol,
 * Article 4 deleted, the articles after it renumbered, and words replaced in Art. 5(1)(b).
 */
export function nextRevisionHtml(): string {
  const html = readFileSync(path.join(FIXTURES, 'untoc-draft.html'), 'utf8');
  const start = html.indexOf('<h3>Article 4</h3>');
  const end = html.indexOf('<h3>Article 5</h3>');
  return (html.slice(0, start) + html.slice(end))
    .replaceAll('A/AC.254/4/Rev.11', 'A/AC.254/4/Rev.12')
    .replaceAll('A_AC.254_4_Rev.11', 'A_AC.254_4_Rev.12')
    .replace(
      /<h3>Article (\d+)/g,
      (_, n: string) => `<h3>Article ${Number(n) > 4 ? Number(n) - 1 : n}`,
    )
    .replace(
      'Organizing, directing, aiding, abetting, facilitating',
      'Organizing, directing, aiding or abetting, facilitating',
    );
}

/**
 * A consolidated draft of at least `minBytes`, as negotiating texts grow: the UNTOC draft
 * fixture with its articles repeated and numbered on (Article 42, 43, …), footnote marks kept
 * on the first copy only.
 */
export function consolidatedDraftHtml(minBytes: number): string {
  const html = readFileSync(path.join(FIXTURES, 'untoc-draft.html'), 'utf8');
  const start = html.indexOf('<h3>Article 1');
  const end = html.indexOf('<section class="footnotes">');
  const articles = html.slice(start, end);
  const perCopy = articles.match(/<h3>Article \d+/g)?.length ?? 0;
  const copies = [articles];
  const size = () => Buffer.byteLength(html) + copies.slice(1).join('').length;
  while (size() < minBytes) {
    const offset = copies.length * perCopy;
    copies.push(
      articles
        .replace(/<h3>Article (\d+)/g, (_, n: string) => `<h3>Article ${Number(n) + offset}`)
        .replace(/<sup>.*?<\/sup>/g, ''),
    );
  }
  return html.slice(0, start) + copies.join('') + html.slice(end);
}
