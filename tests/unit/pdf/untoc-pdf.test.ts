import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main.ts';
import { extractPdfText } from '../../../utils/pdf/extract.ts';
import { pdfIdentity } from '../../../utils/pdf/identity.ts';
import { openPdfInNode } from '../../../utils/pdf/node.ts';
import type { PdfPageItems, PdfText } from '../../../utils/pdf/types.ts';
import { flattenUnits, outlineText } from '../../../utils/un/outline.ts';
import { Outline } from '../../../utils/un/schemas.ts';
import { makeUnPdf, type UnPdf } from '../../harness/make-un-pdf.ts';

let made: UnPdf;
let pages: PdfPageItems[];
let extracted: PdfText;
let directory: string;

beforeAll(async () => {
  made = await makeUnPdf();
  const opened = await openPdfInNode(made.bytes);
  ({ pages, text: extracted } = await extractPdfText(opened.pdf));
  await opened.close();
  directory = mkdtempSync(join(tmpdir(), 'redline-pdf-'));
  writeFileSync(join(directory, 'A_AC.254_4_Rev.11_E.pdf'), made.bytes);
}, 30_000);

async function run(...args: string[]) {
  let stdout = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await main(['node', 'redline', ...args]), stdout };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('a UN draft PDF, extracted under Node', () => {
  it('reads the whole convention: every word of the corpus, in order, in the body', () => {
    const corpus = readFileSync(resolve(import.meta.dirname, '../../fixtures/un/untoc.txt'), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('Text: '))
      .join(' ')
      .split(/\s+/)
      .filter(Boolean);
    // The footnote marks (`terms1`, `of:2`) stick to their word, as in the HTML draft.
    const words = extracted.text.replace(/(terms)1|(of:)2/g, '$1$2').split(/\s+/);
    const body = words.slice(words.indexOf('United', 3));
    expect(body.slice(0, corpus.length)).toEqual(corpus);
  });

  it('joins every passage that runs across a page break, without page numbers or heads between', () => {
    expect(made.breaks.length).toBeGreaterThan(3);
    for (const { lastLine, firstLine } of made.breaks) {
      const tail = lastLine.split(' ').slice(-3).join(' ');
      const head = firstLine.split(' ').slice(0, 3).join(' ');
      const joined = tail.endsWith('-') ? `${tail.slice(0, -1)}${head}` : `${tail} ${head}`;
      expect(extracted.text).toContain(joined);
    }
    expect(extracted.text.match(/A\/AC\.254\/4\/Rev\.11/g)).toHaveLength(1);
    expect(extracted.text).not.toMatch(/V\.00-55555/);
  });

  it('maps every kept item back to its own characters', () => {
    let mapped = 0;
    pages.forEach((page, p) => {
      page.items.forEach((item, i) => {
        const start = extracted.itemStarts[p]?.[i] as number;
        if (start < 0) return;
        const length = extracted.itemLengths[p]?.[i] as number;
        expect(extracted.text.slice(start, start + length)).toBe(item.str.slice(0, length));
        mapped++;
      });
    });
    expect(mapped).toBeGreaterThan(800);
  });

  it('outlines it as the HTML draft: 41 articles, footnotes after the last', () => {
    const outline = outlineText(extracted.text);
    const articles = flattenUnits(outline.units).filter((unit) => unit.kind === 'article');
    expect(articles).toHaveLength(41);
    expect(articles[4]?.title).toBe(
      'Criminalization of participation in an organized criminal group',
    );
    expect(extracted.text.trimEnd().endsWith('agreed at the eleventh session.')).toBe(true);
  });

  it('knows the draft by its file name, or by its masthead when the name says nothing', () => {
    expect(pdfIdentity({ fileName: 'A_AC.254_4_Rev.11_F.pdf' }, extracted.text)).toEqual({
      symbol: 'A/AC.254/4/Rev.11',
      language: 'fr',
    });
    expect(pdfIdentity({ fileName: 'V0055555.pdf' }, extracted.text, 'en')).toEqual({
      symbol: 'A/AC.254/4/Rev.11',
      language: 'en',
    });
  });
});

describe('redline on PDF drafts', () => {
  it('outline FILE.pdf prints the outline with symbol and language', async () => {
    const { code, stdout } = await run('outline', join(directory, 'A_AC.254_4_Rev.11_E.pdf'));
    expect(code).toBe(0);
    const outline = Outline.parse(JSON.parse(stdout));
    expect(outline).toMatchObject({ symbol: 'A/AC.254/4/Rev.11', language: 'en' });
    expect(flattenUnits(outline.units).map((unit) => unit.address)).toContain('Art. 5(1)(a)(ii)');
  });

  it('reanchor carries passages chosen in the HTML draft onto the PDF, exactly', async () => {
    const fixtures = resolve(import.meta.dirname, '../../fixtures/un');
    const html = join(fixtures, 'untoc-draft.html');
    const { stdout: htmlOutline } = await run('outline', join(fixtures, 'untoc.txt'));
    expect(htmlOutline).not.toBe('');
    const passages = ['Organizing, directing, aiding, abetting', 'bank secrecy'];
    const { buildTextIndex } = await import('../../../utils/anchoring/text-index.ts');
    const { Window } = await import('happy-dom');
    const window = new Window();
    window.document.write(readFileSync(html, 'utf8'));
    const { extractDraftText } = await import('../../../utils/un/draft-page.ts');
    const htmlText = buildTextIndex(
      extractDraftText(window.document as unknown as Document).root,
    ).text;
    await window.happyDOM.close();
    const quotes = passages.map((passage, id) => {
      const start = htmlText.indexOf(passage);
      return { id, start, end: start + passage.length };
    });
    const quotesFile = join(directory, 'quotes.json');
    writeFileSync(quotesFile, JSON.stringify(quotes));
    const { code, stdout } = await run(
      'reanchor',
      '--from',
      html,
      '--to',
      join(directory, 'A_AC.254_4_Rev.11_E.pdf'),
      '--quotes',
      quotesFile,
    );
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as Array<{ status: string; text: string }>;
    expect(results.map((result) => [result.status, result.text])).toEqual(
      passages.map((passage) => ['exact', passage]),
    );
  });

  it('exits 1 with a plain reason for a file that is not a PDF', async () => {
    const fake = join(directory, 'fake.pdf');
    writeFileSync(fake, '<html>not a pdf</html>');
    expect((await run('outline', fake)).code).toBe(1);
  });
});
