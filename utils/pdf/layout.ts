import { bodyMetrics, continuesParagraph, hyphenatedCompounds, lineEndJoin } from './line-joins.ts';
import { type PdfLine, pageLines } from './lines.ts';
import { footnoteLines, furnitureLines } from './page-furniture.ts';
import type { PdfPageItems, PdfText } from './types.ts';

/** Writes the text and records where each item's characters went. */
class TextWriter {
  private parts: string[] = [];
  length = 0;
  readonly itemStarts: Int32Array[];
  readonly itemLengths: Int32Array[];

  constructor(pages: readonly PdfPageItems[]) {
    this.itemStarts = pages.map((page) => new Int32Array(page.items.length).fill(-1));
    this.itemLengths = pages.map((page) => new Int32Array(page.items.length));
  }

  write(text: string): void {
    if (text === '') return;
    this.parts.push(text);
    this.length += text.length;
  }

  writeLine(line: PdfLine, pages: readonly PdfPageItems[], keepLast: number): void {
    line.items.forEach((index, i) => {
      this.write(line.gaps[i] as string);
      const str = line.strs?.[i] ?? (pages[line.page] as PdfPageItems).items[index]?.str ?? '';
      const kept = i === line.items.length - 1 ? Math.min(keepLast, str.length) : str.length;
      (this.itemStarts[line.page] as Int32Array)[index] = this.length;
      (this.itemLengths[line.page] as Int32Array)[index] = kept;
      this.write(str.slice(0, kept));
    });
  }

  get text(): string {
    return this.parts.join('');
  }
}

/** How many characters of the line's last item stay when its hyphen is dropped. */
function withoutHyphen(line: PdfLine, pages: readonly PdfPageItems[]): number {
  const last = line.items[line.items.length - 1] as number;
  const str = (pages[line.page] as PdfPageItems).items[last]?.str ?? '';
  return str.trimEnd().length - 1;
}

/**
 * The draft text of a PDF, laid out as Redline reads every draft: one paragraph, heading or
 * list item per line. Printed lines of one paragraph are joined — across page breaks too, and
 * without the typesetter's hyphens — running heads and page numbers are left out, and each
 * page's footnotes move to the end, as an HTML draft keeps them. Every item of every page is
 * either mapped to its characters in the text or marked left out.
 */
export function layoutPdfText(pages: readonly PdfPageItems[]): PdfText {
  const lines = pages.map((page, index) => pageLines(page, index));
  const furniture = furnitureLines(
    lines,
    pages.map((page) => page.height),
  );
  const kept = lines.map((pageOfLines) => pageOfLines.filter((line) => !furniture.has(line)));
  const body = bodyMetrics(kept);
  const footnotes = new Set(kept.flatMap((pageOfLines) => footnoteLines(pageOfLines, body.height)));
  const bodyLines = kept.flat().filter((line) => !footnotes.has(line));
  const compounds = hyphenatedCompounds([...bodyLines, ...footnotes]);

  const writer = new TextWriter(pages);
  const writeRun = (run: readonly PdfLine[]) => {
    run.forEach((line, i) => {
      const next = run[i + 1];
      const join =
        next && continuesParagraph(line, next, body)
          ? lineEndJoin(line.text, next.text, compounds)
          : 'break';
      writer.writeLine(
        line,
        pages,
        join === 'drop' ? withoutHyphen(line, pages) : Number.POSITIVE_INFINITY,
      );
      if (join === 'break' && next) writer.write('\n');
      if (join === 'space' && !/\s$/.test(line.text)) writer.write(' ');
    });
  };
  writeRun(bodyLines);
  if (footnotes.size > 0) {
    writer.write('\n');
    writeRun([...footnotes]);
  }
  return { text: writer.text, itemStarts: writer.itemStarts, itemLengths: writer.itemLengths };
}
