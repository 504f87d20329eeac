import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = resolve(__dirname, '../../fixtures/un');
export const LISTING_URL =
  'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/ahc_fourth_session/main.html';
export const DRAFT_URL = 'https://www.unodc.org/unodc/en/treaties/CTOC/draft.html';

export function fixture(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** A fixture page loaded at a URL, as a content script would see it. */
export function fixturePage(name: string, url: string): Document {
  const window = new Window({ url });
  window.document.write(fixture(name));
  return window.document as unknown as Document;
}

export function htmlPage(body: string, url = 'https://example.org/page.html'): Document {
  const window = new Window({ url });
  window.document.write(
    `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`,
  );
  return window.document as unknown as Document;
}

/** A page of the fixture site (`tests/fixtures/site/<host>/<path>`) loaded at its own address. */
export function sitePage(url: string): Document {
  const { host, pathname } = new URL(url);
  const window = new Window({ url });
  window.document.write(readFileSync(resolve(FIXTURES, '../site', host, `.${pathname}`), 'utf8'));
  return window.document as unknown as Document;
}
