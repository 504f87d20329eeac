import { describe, expect, it } from 'vitest';
import { detectPage, looksLikeUnPage, mayNameDocument } from '../../../utils/un/detect.ts';
import { DetectResult } from '../../../utils/un/schemas.ts';
import { findSymbols, SYMBOL_HINT } from '../../../utils/un/symbol-grammar.ts';
import { symbolFromUrl } from '../../../utils/un/symbol-link.ts';
import { DRAFT_URL, fixturePage, htmlPage, LISTING_URL, sitePage } from './fixtures.ts';

const SESSION_DOCUMENTS =
  'https://www.unodc.org/documents/Cybercrime/AdHocCommittee/Fourth_session/Documents/';

describe('detectPage on a UNODC session listing', () => {
  const result = detectPage(fixturePage('session-listing.html', LISTING_URL), LISTING_URL);

  it('is a listing of the five documents in the table, in page order', () => {
    expect(DetectResult.parse(result)).toEqual(result);
    expect(result.kind).toBe('listing');
    expect(result.symbol).toBeUndefined();
    expect(result.documents.map((document) => document.symbol)).toEqual([
      'A/AC.291/22',
      'A/AC.291/22/Rev.1',
      'A/AC.291/L.15',
      'A/AC.291/CRP.13',
      'A/AC.291/INF/1',
    ]);
  });

  it('groups six language links under each symbol, resolved against the page', () => {
    const [draft] = result.documents;
    expect(draft).toEqual({
      symbol: 'A/AC.291/22',
      family: 'A/AC.291/22',
      title: 'Draft text of the convention',
      languages: {
        en: `${SESSION_DOCUMENTS}A_AC.291_22_E.pdf`,
        fr: `${SESSION_DOCUMENTS}A_AC.291_22_F.pdf`,
        es: `${SESSION_DOCUMENTS}A_AC.291_22_S.pdf`,
        ru: `${SESSION_DOCUMENTS}A_AC.291_22_R.pdf`,
        ar: `${SESSION_DOCUMENTS}A_AC.291_22_A.pdf`,
        zh: `${SESSION_DOCUMENTS}A_AC.291_22_C.pdf`,
      },
    });
  });

  it('gives a revision the family of its draft', () => {
    const revision = result.documents[1];
    expect(revision).toMatchObject({
      family: 'A/AC.291/22',
      title: 'Revised draft text of the convention',
    });
    expect(Object.keys(revision?.languages ?? {})).toEqual(['en', 'fr', 'es', 'ru', 'ar', 'zh']);
  });

  it('names job-number files by the symbol of their row and the language of their label', () => {
    const information = result.documents[4];
    expect(information?.title).toBe('Information for participants');
    expect(information?.languages.ru).toBe(`${SESSION_DOCUMENTS}V2300104.pdf`);
    expect(Object.keys(information?.languages ?? {})).toHaveLength(6);
  });

  it('keeps a document offered in one language', () => {
    expect(result.documents[3]?.languages).toEqual({
      en: `${SESSION_DOCUMENTS}A_AC.291_CRP.13_E.pdf`,
    });
  });

  it('leaves relative links as written when the page has no address', () => {
    const window = fixturePage('session-listing.html', 'about:blank');
    const offline = detectPage(window, 'about:blank');
    expect(offline.documents[0]?.languages.en).toBe(
      '/documents/Cybercrime/AdHocCommittee/Fourth_session/Documents/A_AC.291_22_E.pdf',
    );
  });
});

describe('detectPage on the UNTOC draft page', () => {
  const result = detectPage(fixturePage('untoc-draft.html', DRAFT_URL), DRAFT_URL);

  it('is a draft with its symbol and its own language versions', () => {
    expect(DetectResult.parse(result)).toEqual(result);
    expect(result.kind).toBe('draft');
    expect(result.symbol).toBe('A/AC.254/4/Rev.11');
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]).toMatchObject({
      symbol: 'A/AC.254/4/Rev.11',
      family: 'A/AC.254/4',
    });
    expect(result.documents[0]?.languages.zh).toBe(
      'https://www.unodc.org/documents/treaties/UNTOC/A_AC.254_4_Rev.11_C.pdf',
    );
  });
});

describe('detectPage elsewhere', () => {
  it('calls a page that is not a UN page other, with no documents', () => {
    const url = 'https://allotments.example.org/news.html';
    const doc = fixturePage('non-un.html', url);
    expect(looksLikeUnPage(doc, url)).toBe(false);
    expect(detectPage(doc, url)).toEqual({ kind: 'other', documents: [] });
  });

  it('calls a UN page without documents or articles other', () => {
    const url = 'https://www.unodc.org/unodc/en/about-unodc/index.html';
    const doc = htmlPage('<h1>About UNODC</h1><p>UNODC works for safety.</p>', url);
    expect(looksLikeUnPage(doc, url)).toBe(true);
    expect(detectPage(doc, url)).toEqual({ kind: 'other', documents: [] });
  });

  it('notices UN drafts on other hosts by their articles', () => {
    const url = 'https://ngo.example.org/drafts/cybercrime.html';
    const doc = htmlPage(
      '<h3>Article 1</h3><h4>Purpose</h4><p>1. Text.</p><h3>Article 2</h3><p>1. More.</p>',
      url,
    );
    expect(looksLikeUnPage(doc, url)).toBe(true);
    expect(detectPage(doc, url).kind).toBe('draft');
  });

  it('notices links to UN documents on other hosts', () => {
    const url = 'https://ngo.example.org/resources.html';
    const doc = htmlPage(
      '<ul><li><a href="https://undocs.org/en/A/RES/79/243">Convention</a></li><li><a href="https://undocs.org/fr/A/RES/79/243">Convention (fr)</a></li></ul>',
      url,
    );
    expect(looksLikeUnPage(doc, url)).toBe(true);
    const result = detectPage(doc, url);
    expect(result.kind).toBe('listing');
    expect(result.documents).toEqual([
      {
        symbol: 'A/RES/79/243',
        family: 'A/RES/79/243',
        title: 'Convention',
        languages: {
          en: 'https://undocs.org/en/A/RES/79/243',
          fr: 'https://undocs.org/fr/A/RES/79/243',
        },
      },
    ]);
  });

  it('reports a single link in one language but calls the page other', () => {
    const url = 'https://www.un.org/en/news.html';
    const doc = htmlPage(
      '<p>Read <a href="https://undocs.org/en/A/RES/79/243">the resolution</a>.</p>',
      url,
    );
    const result = detectPage(doc, url);
    expect(result.kind).toBe('other');
    expect(result.documents.map((document) => document.symbol)).toEqual(['A/RES/79/243']);
  });

  it('takes the symbol of a page from its address', () => {
    const url = 'https://undocs.org/en/A/AC.291/22';
    expect(detectPage(htmlPage('<p>Loading…</p>', url), url)).toEqual({
      kind: 'other',
      symbol: 'A/AC.291/22',
      documents: [],
    });
  });
});

describe('the first look that rules a UN page out before parsing anything', () => {
  const pages = [
    'session-listing.html',
    'untoc-draft.html',
    'uncac-draft.html',
    'unodc-session-documents.html',
  ];

  it('lets through every symbol the parsers find, in text and in links, on the real pages', () => {
    let symbols = 0;
    for (const name of pages) {
      const doc = fixturePage(name, LISTING_URL);
      const text = doc.body.textContent ?? '';
      for (const found of findSymbols(text)) {
        symbols += 1;
        expect(SYMBOL_HINT.test(text.slice(Math.max(0, found.start - 1), found.end))).toBe(true);
      }
      for (const link of doc.querySelectorAll('a[href]')) {
        const href = link.getAttribute('href') ?? '';
        if (symbolFromUrl(href, LISTING_URL) === undefined) continue;
        symbols += 1;
        expect(SYMBOL_HINT.test(href), href).toBe(true);
      }
    }
    expect(symbols).toBeGreaterThan(20);
    for (const address of [
      'https://undocs.org/en/A/AC.291/22',
      'https://documents.un.org/api/symbol/access?s=A%2FAC.291%2F22&l=en',
      'https://www.unodc.org/documents/Cybercrime/A_AC.291_22_Rev.1_E.pdf',
      'https://daccess-ods.un.org/access.nsf/Get?OpenAgent&DS=a/ac.291/22&Lang=E',
    ]) {
      expect(symbolFromUrl(address)).toBeDefined();
      expect(SYMBOL_HINT.test(address), address).toBe(true);
    }
  });

  it('stops on the UNODC committee home page, which names resolutions but no document symbol', () => {
    const url = 'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/home.html';
    const doc = sitePage(url);
    expect(doc.body.textContent).toContain('resolution 74/247');
    // Its address and links run through /unodc/en/…: a series, but no symbol.
    expect(mayNameDocument(doc, url)).toBe(false);
    expect(detectPage(doc, url)).toEqual({ kind: 'other', documents: [] });
    for (const page of pages) expect(mayNameDocument(fixturePage(page, LISTING_URL))).toBe(true);
  });
});

describe('the first look, on UN pages without a document and on pages elsewhere', () => {
  const HOME = 'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/home.html';

  it('knows UN hosts and the hosts below them, not look-alikes', () => {
    const page = htmlPage('<p>Nothing here.</p>', 'https://allotments.example.org/');
    for (const url of [
      'https://un.org/en/',
      'https://www.un.org/en/',
      'https://WWW.UNODC.ORG/unodc/en/',
      'https://undocs.org/en/A/AC.291/22',
      'https://documents.un.org/api/symbol/access?s=A/AC.291/22',
      'https://www.ohchr.org/en/',
      'https://conf.unog.ch/',
      'http://www.unov.org:8080/',
      'foo://WWW.UN.ORG/page',
    ]) {
      expect(looksLikeUnPage(page, url), url).toBe(true);
    }
    for (const url of [
      'https://fun.org/',
      'https://un.org.example.com/',
      'https://www.un.org.evil/',
      'https://unodc.org.example.org/',
      'https://example.org/un.org',
      'not an address',
      '',
    ]) {
      expect(looksLikeUnPage(page, url), url).toBe(false);
    }
  });

  it("reads the host from the page's own address as from any other", () => {
    const onSite = htmlPage('<p>Nothing here.</p>', HOME);
    const elsewhere = htmlPage('<p>Nothing here.</p>', 'https://allotments.example.org/');
    expect(looksLikeUnPage(onSite)).toBe(true);
    expect(looksLikeUnPage(onSite, 'https://allotments.example.org/')).toBe(false);
    expect(looksLikeUnPage(elsewhere)).toBe(false);
    expect(looksLikeUnPage(elsewhere, HOME)).toBe(true);
  });

  it('lets a UN page through when its only symbol is in its address, title, text or a link', () => {
    const plain = '<h1>Ad Hoc Committee</h1><p>By its resolution 74/247, the Assembly decided.</p>';
    expect(mayNameDocument(htmlPage(plain, HOME))).toBe(false);
    expect(mayNameDocument(htmlPage(plain, 'https://undocs.org/en/A/AC.291/22'))).toBe(true);
    const titled = htmlPage(plain, HOME);
    titled.title = 'A/AC.291/22 - Draft text of the convention';
    expect(mayNameDocument(titled)).toBe(true);
    expect(mayNameDocument(htmlPage(`${plain}<p>See A/AC.291/22.</p>`, HOME))).toBe(true);
    const linked = `${plain}<a href="/documents/Cybercrime/A_AC.291_22_E.pdf">English</a>`;
    expect(mayNameDocument(htmlPage(linked, HOME))).toBe(true);
  });

  it('lets a page through on an article heading in any of the six languages', () => {
    const headings = [
      'Article 1',
      'ARTICLE 12',
      'Article premier',
      'Artículo 3',
      'ARTÍCULO 4',
      'Статья 5',
      'المادة ٦',
      'المادة 7',
      '第八条',
      '第12条',
    ];
    for (const heading of headings) {
      const html = `<h3>${heading}</h3><p>Text.</p>`;
      expect(mayNameDocument(htmlPage(html, HOME)), heading).toBe(true);
      expect(looksLikeUnPage(htmlPage(html, 'https://ngo.example.org/draft.html')), heading).toBe(
        true,
      );
    }
  });

  it('does not take the heading words alone for an article heading', () => {
    for (const text of [
      'This Article explains',
      'Artículo sin número',
      'Статья о работе',
      'المادة الأولى',
      '第一次会议',
      '第 条',
    ]) {
      const html = `<p>${text}</p>`;
      expect(mayNameDocument(htmlPage(html, HOME)), text).toBe(false);
      expect(looksLikeUnPage(htmlPage(html, 'https://ngo.example.org/page.html')), text).toBe(
        false,
      );
    }
  });
});
