import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mainLandmark } from '../../../utils/un/main-content.ts';
import { DRAFT_URL, fixturePage, htmlPage, sitePage } from './fixtures.ts';

/** The rule as written: the landmark's share of the body's whole text, both read in full. */
function landmarkByWholeTexts(doc: Document): Element | undefined {
  const landmark = doc.querySelector('main, [role="main"]');
  const all = doc.body?.textContent?.length ?? 0;
  const own = landmark?.textContent?.length ?? 0;
  return landmark && all > 0 && own >= 0.6 * all ? landmark : undefined;
}

describe("mainLandmark, the page's own main content when it holds most of the text", () => {
  const pages: [string, Document][] = [
    ...readdirSync(new URL('../../fixtures/un/', import.meta.url))
      .filter((name) => name.endsWith('.html'))
      .map((name): [string, Document] => [name, fixturePage(name, DRAFT_URL)]),
    ...[
      'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/home.html',
      'https://www.unodc.org/documents/shapes/interpretative-notes-rev1.html',
      'https://www.unodc.org/documents/shapes/report.html',
    ].map((url): [string, Document] => [url, sitePage(url)]),
  ];

  it('decides as the share of the whole texts does, on every fixture page', () => {
    let landmarks = 0;
    for (const [name, doc] of pages) {
      const expected = landmarkByWholeTexts(doc);
      if (expected) landmarks += 1;
      expect(mainLandmark(doc), name).toBe(expected);
      // Given the body's text detection read already, the landmark's own is not read again.
      expect(mainLandmark(doc, doc.body.textContent ?? ''), name).toBe(expected);
    }
    expect(landmarks).toBeGreaterThan(3);
  });

  // 60 characters in the landmark; around it, nested two levels deep, 40 characters more at most.
  const main = `<main>${'m'.repeat(60)}</main>`;
  const page = (around: [string, string, string, string]) =>
    htmlPage(
      `${around[0]}<div>${around[1]}<section><!--${'c'.repeat(500)}-->${main}${around[2]}</section></div><footer>${around[3]}</footer>`,
    );

  it('counts the text beside the landmark and beside each of its ancestors, not comments', () => {
    const at60 = page(['a'.repeat(10), 'b'.repeat(10), `<p>${'d'.repeat(10)}</p>`, 'e'.repeat(10)]);
    expect(mainLandmark(at60)).toBe(at60.querySelector('main'));
    const below60 = page([
      'a'.repeat(10),
      'b'.repeat(10),
      `<p>${'d'.repeat(10)}<b>d</b></p>`,
      'e'.repeat(10),
    ]);
    expect(mainLandmark(below60)).toBeUndefined();
    for (const doc of [at60, below60]) {
      expect(mainLandmark(doc)).toBe(landmarkByWholeTexts(doc));
      expect(mainLandmark(doc, doc.body.textContent ?? '')).toBe(landmarkByWholeTexts(doc));
    }
  });

  it('takes a body that is itself the main landmark, and no landmark on a page without text', () => {
    const doc = htmlPage('');
    doc.body.setAttribute('role', 'main');
    doc.body.textContent = 'All of it.';
    expect(mainLandmark(doc)).toBe(doc.body);
    expect(mainLandmark(htmlPage('<main></main>'))).toBeUndefined();
    expect(mainLandmark(htmlPage('<p>No landmark.</p>'))).toBeUndefined();
  });
});
