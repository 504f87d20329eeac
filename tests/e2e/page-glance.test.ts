import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageGlance } from '../../utils/un/page-glance.ts';
import { launchWithoutExtension } from '../harness/browser.ts';
import { type FixtureServer, SITE_ROOT, startFixtureServer } from '../harness/fixture-server.ts';
import { serveLargeDraft } from '../harness/large-draft.ts';
import { bundleForPage } from '../harness/page-bundle.ts';

const UN_FIXTURES = path.resolve(import.meta.dirname, '../fixtures/un');

/** Every HTML page of the fixture site, by the address it is served at. */
function sitePages(folder = SITE_ROOT): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sitePages(file);
    if (!entry.name.endsWith('.html')) return [];
    return [`http://${path.relative(SITE_ROOT, file).split(path.sep).join('/')}`];
  });
}

describe("detection's first look at a page in Chromium, through XPath", () => {
  let server: FixtureServer;
  let browser: Awaited<ReturnType<typeof launchWithoutExtension>>;
  let glance: string;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithoutExtension(server);
    glance = await bundleForPage("export { glanceAt } from './utils/un/page-glance.ts';", 'Glance');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The glance, and the page as its elements read (what detection read before the glance). */
  async function glanceAndElements(page: Page): Promise<{ glanced: PageGlance; read: PageGlance }> {
    await page.addScriptTag({ content: glance });
    return page.evaluate(() => ({
      glanced: (
        globalThis as unknown as { Glance: { glanceAt(doc: Document): PageGlance } }
      ).Glance.glanceAt(document),
      read: {
        text: document.body?.textContent ?? '',
        hrefs: Array.from(
          document.querySelectorAll('a[href]'),
          (link) => link.getAttribute('href') ?? '',
        ),
      },
    }));
  }

  it('reads the body text and link addresses of every fixture page as the elements hold them', async () => {
    const large = serveLargeDraft(server).url.replace('https:', 'http:');
    const urls = [...sitePages(), large];
    const files = readdirSync(UN_FIXTURES).filter((name) => name.endsWith('.html'));
    const page = await browser.context.newPage();
    let withLinks = 0;
    for (const url of urls) {
      await page.goto(url);
      const { glanced, read } = await glanceAndElements(page);
      expect(glanced, url).toEqual(read);
      if (read.hrefs.length > 0) withLinks++;
    }
    for (const name of files) {
      await page.setContent(readFileSync(path.join(UN_FIXTURES, name), 'utf8'));
      const { glanced, read } = await glanceAndElements(page);
      expect(glanced, name).toEqual(read);
      expect(glanced.text.length, name).toBeGreaterThan(100);
      if (read.hrefs.length > 0) withLinks++;
    }
    expect(urls.length + files.length).toBeGreaterThanOrEqual(17);
    expect(withLinks).toBeGreaterThanOrEqual(10);
    await page.close();
  });

  it('reads links inside SVG, and an XHTML page served as XML, as the elements do', async () => {
    server.routes.set('/glance/page.xhtml', {
      type: 'application/xhtml+xml',
      body: `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>A/AC.291/22</title></head>
<body><p>Draft text of the convention <a href="https://undocs.org/A/AC.291/22">A/AC.291/22</a>.</p>
<svg xmlns="http://www.w3.org/2000/svg"><a href="/documents/A_AC.291_22_E.pdf"><text>PDF</text></a></svg>
<p>Article 1<a name="no-address">Use of terms</a></p></body></html>`,
    });
    const page = await browser.context.newPage();
    await page.goto('http://www.unodc.org/glance/page.xhtml');
    expect(await page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
    const { glanced, read } = await glanceAndElements(page);
    expect(glanced).toEqual(read);
    expect(glanced.hrefs).toEqual([
      'https://undocs.org/A/AC.291/22',
      '/documents/A_AC.291_22_E.pdf',
    ]);
    expect(glanced.text).toContain('Article 1Use of terms');
    await page.close();
  });
});
