/**
 * Makes a UN draft PDF at test time from the corpus text, laid out as UN documents are: a
 * masthead on the first page, the symbol as running head on the others, page and job numbers
 * at the foot, articles centred in bold, paragraphs that run on across page breaks, words
 * hyphenated at line ends, footnotes in small print at the foot of their page.
 * Text: United Nations Convention against Transnational Organized Crime, UN General Assembly
 * resolution 55/25. Symbol, job number and footnotes are illustrative.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { LISTING_URL } from './draft-page.ts';
import type { FixtureServer } from './fixture-server.ts';

export const ATTRIBUTION =
  'Text: United Nations Convention against Transnational Organized Crime, UN General Assembly resolution 55/25';
export const UNTOC_TEXT = path.resolve(import.meta.dirname, '../fixtures/un/untoc.txt');
export const UNTOC_PDF_URL =
  'https://www.unodc.org/documents/treaties/UNTOC/A_AC.254_4_Rev.11_E.pdf';
export const UNTOC_PDF_SYMBOL = 'A/AC.254/4/Rev.11';

/** Serves PDF bytes at a UNODC address (the made draft's, unless told). */
export function serveUnPdf(server: FixtureServer, bytes: Uint8Array, url = UNTOC_PDF_URL): void {
  server.routes.set(`www.unodc.org${new URL(url).pathname}`, {
    body: bytes,
    type: 'application/pdf',
  });
}

/** Serves the session listing with the made draft's row (listingWithDraft) at its address. */
export function serveListingWithDraft(server: FixtureServer): void {
  server.routes.set(`www.unodc.org${new URL(LISTING_URL).pathname}`, {
    body: listingWithDraft(),
    type: 'text/html; charset=utf-8',
  });
}

/**
 * The UNODC session listing (a real page) with one more row: the draft whose PDF the tests serve,
 * its symbol linked to the English file and each language's file linked beside it.
 */
export function listingWithDraft(): string {
  const listing = readFileSync(
    path.resolve(import.meta.dirname, '../fixtures/un/session-listing.html'),
    'utf8',
  );
  const href = new URL(UNTOC_PDF_URL).pathname;
  const row = `<tr><td><a href="${href}">${UNTOC_PDF_SYMBOL}</a></td><td>Revised draft convention</td><td class="languages"><a href="${href}" hreflang="en">English</a> <a href="${href.replace('_E.pdf', '_F.pdf')}" hreflang="fr">Français</a></td><td>19 July 2000</td></tr>`;
  return listing.replace('<tbody>', `<tbody>\n${row}`);
}

const PAGE = { width: 595, height: 842 };
const MARGIN = { left: 72, right: 72, top: 90, bottom: 80 };
const BODY = { size: 10, leading: 12, paragraphSpace: 6 };
const NOTE = { size: 8, leading: 9.5 };
const COLUMN = PAGE.width - MARGIN.left - MARGIN.right;
/** Words at least this long are split with a hyphen when they do not fit the line. */
const HYPHENATE_FROM = 9;

/** The footnotes the HTML fixture carries, placed after the same words. */
const FOOTNOTES = [
  {
    after: 'Use of terms',
    text: 'Definitions follow the terms used in earlier United Nations conventions.',
  },
  {
    after: 'investigation and prosecution of:',
    text: 'Paragraph 1 was agreed at the eleventh session.',
  },
];

export interface UnPdfOptions {
  symbol?: string;
  /** Repeat the convention's articles until the document has at least this many pages. */
  minPages?: number;
}

/** A paragraph that runs from the foot of one page onto the next: the lines either side. */
export interface PageBreak {
  page: number;
  lastLine: string;
  firstLine: string;
}

export interface UnPdf {
  bytes: Uint8Array;
  pages: number;
  breaks: PageBreak[];
}

interface Block {
  kind: 'title' | 'heading' | 'paragraph';
  text: string;
}

function blocksOf(text: string): Block[] {
  const lines = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && !line.startsWith('Text: '));
  const blocks: Block[] = [{ kind: 'title', text: lines[0] ?? '' }];
  let headingNext = false;
  for (const line of lines.slice(1)) {
    const article = /^Article \d+$/.test(line);
    blocks.push({ kind: article || headingNext ? 'heading' : 'paragraph', text: line });
    headingNext = article;
  }
  return blocks;
}

/** Splits a long word so that its head and a hyphen fit in `room`; undefined if none does. */
function hyphenate(word: string, font: PDFFont, room: number): [string, string] | undefined {
  if (word.length < HYPHENATE_FROM || !/^\p{L}+[,;:.]?$/u.test(word)) return undefined;
  for (let cut = word.length - 4; cut >= 4; cut--) {
    const head = `${word.slice(0, cut)}-`;
    if (font.widthOfTextAtSize(head, BODY.size) <= room) return [head, word.slice(cut)];
  }
  return undefined;
}

function wrap(text: string, font: PDFFont, width: number, hyphenating: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, BODY.size) <= width) {
      line = candidate;
      continue;
    }
    const room = width - font.widthOfTextAtSize(line ? `${line} ` : '', BODY.size);
    // Headings are set without hyphens, as UN editors set them.
    const split = hyphenating ? hyphenate(word, font, room) : undefined;
    if (split) {
      lines.push(line ? `${line} ${split[0]}` : split[0]);
      line = split[1];
    } else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export async function makeUnPdf(options: UnPdfOptions = {}): Promise<UnPdf> {
  const symbol = options.symbol ?? 'A/AC.254/4/Rev.11';
  const blocks = blocksOf(readFileSync(UNTOC_TEXT, 'utf8'));
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(
    `${symbol} Revised draft United Nations Convention against Transnational Organized Crime`,
  );
  doc.setSubject(ATTRIBUTION);
  const regular = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const breaks: PageBreak[] = [];
  let page: PDFPage;
  let y = 0;
  let notes: string[] = [];
  let lastLine = '';
  let pendingBreak: { page: number; lastLine: string } | undefined;

  const draw = (text: string, x: number, at: number, font = regular, size = BODY.size) =>
    page.drawText(text, { x, y: at, font, size, color: rgb(0, 0, 0) });

  const finishPage = () => {
    if (notes.length > 0) {
      let at = MARGIN.bottom - 4 + (notes.length - 1) * NOTE.leading;
      page.drawLine({
        start: { x: MARGIN.left, y: at + NOTE.leading },
        end: { x: MARGIN.left + 120, y: at + NOTE.leading },
        thickness: 0.5,
      });
      for (const note of notes) {
        draw(note, MARGIN.left, at, regular, NOTE.size);
        at -= NOTE.leading;
      }
    }
    const number = String(doc.getPageCount());
    draw(number, PAGE.width / 2 - regular.widthOfTextAtSize(number, 9) / 2, 40, regular, 9);
    draw('V.00-55555 (E)', MARGIN.left, 28, regular, 8);
    notes = [];
  };
  const newPage = () => {
    page = doc.addPage([PAGE.width, PAGE.height]);
    const first = doc.getPageCount() === 1;
    if (first) {
      draw('United Nations', MARGIN.left, 800, bold, 12);
      draw(symbol, PAGE.width - MARGIN.right - bold.widthOfTextAtSize(symbol, 12), 800, bold, 12);
      draw('General Assembly', MARGIN.left, 780, bold, 14);
      draw('Distr.: Limited', 400, 780, regular, 10);
      draw('Original: English', 400, 768, regular, 10);
    } else {
      draw(symbol, MARGIN.left, PAGE.height - 50, regular, 9);
    }
    y = PAGE.height - MARGIN.top - (first ? 20 : 0);
  };
  const room = () => y - MARGIN.bottom - notes.length * NOTE.leading - (notes.length ? 12 : 0);

  newPage();
  let pass = 0;
  do {
    for (const block of blocks) {
      if (pass > 0 && block.kind === 'title') continue;
      const font = block.kind === 'paragraph' ? regular : bold;
      const note = FOOTNOTES.find((footnote) => pass === 0 && block.text.endsWith(footnote.after));
      const lines = wrap(block.text, font, COLUMN - (note ? 8 : 0), block.kind === 'paragraph');
      if (block.kind !== 'paragraph' && room() < 4 * BODY.leading) {
        finishPage();
        newPage();
      }
      lines.forEach((line, i) => {
        if (room() < BODY.leading) {
          if (i > 0) pendingBreak = { page: doc.getPageCount(), lastLine };
          finishPage();
          newPage();
        }
        const width = font.widthOfTextAtSize(line, BODY.size);
        const x = block.kind === 'paragraph' ? MARGIN.left : (PAGE.width - width) / 2;
        draw(line, x, y, font);
        if (pendingBreak) {
          breaks.push({ ...pendingBreak, firstLine: line });
          pendingBreak = undefined;
        }
        if (note && i === lines.length - 1) {
          const number = String(FOOTNOTES.indexOf(note) + 1);
          notes.push(`${number} ${note.text}`);
          draw(number, x + width + 1, y + 4, regular, 6);
        }
        lastLine = line;
        y -= BODY.leading;
      });
      y -= BODY.paragraphSpace;
    }
    pass++;
  } while (doc.getPageCount() < (options.minPages ?? 0));
  finishPage();
  return { bytes: await doc.save(), pages: doc.getPageCount(), breaks };
}
