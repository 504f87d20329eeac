import type { PdfLine } from './lines.ts';

/** Running heads and feet sit in this share of the page's height at its top or bottom. */
const EDGE_BAND = 0.1;
/** A page number alone: `3`, `- 3 -`, `3/60`, `Page 3`. */
const PAGE_NUMBER = /^(?:page\s*)?[-–—\s]*\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?[-–—\s]*$/i;
/** Footnotes are printed smaller than the body. */
const FOOTNOTE_SIZE = 0.85;

function band(line: PdfLine, pageHeight: number): 'top' | 'bottom' | undefined {
  if (line.y > pageHeight * (1 - EDGE_BAND)) return 'top';
  if (line.y < pageHeight * EDGE_BAND) return 'bottom';
  return undefined;
}

/** The same running line on every page, whatever its page or job number. */
const runningKey = (line: PdfLine, where: string) =>
  `${where}|${line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}`;
const exactKey = (line: PdfLine, where: string) =>
  `${where}|${line.text.replace(/\s+/g, ' ').trim()}`;

/**
 * Lines that are the page's furniture, not the draft: running heads (the symbol at the top of
 * every page after the first), running feet (page and job numbers). A line counts when it sits
 * at a page's edge and either is a page number, recurs word for word at the same edge of
 * another page, or recurs with other numbers on half the pages (`Page 3`, a job number): an
 * article heading that happens to open two pages (`Article 1`, `Article 26`) does not. The first
 * page's top is its masthead and stays.
 */
export function furnitureLines(pages: PdfLine[][], heights: readonly number[]): Set<PdfLine> {
  const seen = new Map<string, number>();
  const count = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
  const edges = pages.map((lines, page) =>
    lines.flatMap((line) => {
      const where = band(line, heights[page] ?? 0);
      if (!where) return [];
      const keys = { running: runningKey(line, where), exact: exactKey(line, where) };
      count(keys.running);
      if (keys.exact !== keys.running) count(keys.exact);
      return where === 'top' && page === 0 ? [] : [{ line, keys }];
    }),
  );
  const manyPages = Math.max(2, pages.length / 2);
  const furniture = new Set<PdfLine>();
  for (const { line, keys } of edges.flat()) {
    if (
      PAGE_NUMBER.test(line.text.trim()) ||
      (seen.get(keys.exact) ?? 0) >= 2 ||
      (seen.get(keys.running) ?? 0) >= manyPages
    ) {
      furniture.add(line);
    }
  }
  return furniture;
}

/**
 * The page's footnotes: the run of lines printed smaller than the body at the foot of the page,
 * after its last body-size line.
 */
export function footnoteLines(lines: readonly PdfLine[], bodyHeight: number): PdfLine[] {
  let first = lines.length;
  while (first > 0 && (lines[first - 1] as PdfLine).height < bodyHeight * FOOTNOTE_SIZE) first--;
  // A page of small print only is not a page of footnotes.
  return first === 0 ? [] : lines.slice(first);
}
