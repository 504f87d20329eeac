/**
 * Gives a PDF whose fonts draw letters but say nothing of them (no ToUnicode map) a text layer
 * that reads: each unmapped font gets a ToUnicode map, from the first source that works —
 * the font's own tables, the same document in another form (a parallel text), or OCR of its
 * pages, whose text is used the same way as a parallel text. The repaired PDF is then read
 * like any other, so its text, items and positions are the ones the viewer and the outline use.
 */
import type { UnLanguage } from '../un/languages.ts';
import { learnGlyphTexts, PROBE_FIRST } from './glyph-alignment.ts';
import { layoutPdfText } from './layout.ts';
import { ligatureAsDrawn, readsRightToLeft } from './right-to-left.ts';
import { type TextHealth, textHealth } from './text-health.ts';
import type { PdfPageItems } from './types.ts';
import type { GlyphMap, UnmappedFont } from './unicode-maps.ts';

export const TEXT_SOURCES = ['font', 'parallel', 'ocr'] as const;
export type TextSource = (typeof TEXT_SOURCES)[number];

/** Reads a PDF's pages (pdf.js under Node or in the viewer). */
export type ReadPages = (bytes: Uint8Array) => Promise<PdfPageItems[]>;
/** OCR of a PDF's pages, in reading order, one paragraph or line per line. */
export type RecognizePages = (
  bytes: Uint8Array,
  language: UnLanguage | undefined,
) => Promise<string>;

/** The steps a recovery reports, named for the catalog (`recovery.step.…`). */
export type RecoveryStep = 'writing' | 'glyphRuns' | 'aligning' | 'fontTables' | 'ocr';

export interface RecoveryOptions {
  language?: UnLanguage;
  /** Sources to try, in this order; the default tries all that are given. */
  sources?: readonly TextSource[];
  /** The same document as text (from its HTML, Word or .txt version). */
  parallelText?: string;
  recognize?: RecognizePages;
  /**
   * The pages (from 0) the recognized text covers when OCR read only some (those a reader is
   * on): the glyph runs of those pages alone are aligned with it.
   */
  recognizedPages?: readonly number[];
  /** Reports each step: recovery of a long document takes seconds. */
  onProgress?: (step: RecoveryStep) => void;
}

export interface FontRecovery {
  name: string;
  /** Glyphs the font's writer put into it. */
  glyphs: number;
  /** Of those, how many now say which character they draw. */
  mapped: number;
}

export interface PdfRecovery {
  /** The PDF with ToUnicode maps written in (the input itself when nothing was done). */
  bytes: Uint8Array;
  pages: PdfPageItems[];
  before: TextHealth;
  after: TextHealth;
  /** The source whose maps were kept; undefined when the text layer was sound or stays broken. */
  source?: TextSource;
  fonts: FontRecovery[];
  /** Sources tried and why each was not kept. */
  tried: { source: TextSource; outcome: string }[];
}

/** Gives every code of every unmapped font its own probe character. */
function probeMaps(
  fonts: readonly UnmappedFont[],
  codesOf: (font: UnmappedFont) => readonly number[],
): {
  maps: Map<number, GlyphMap>;
  keys: Map<number, { font: number; code: number }>;
} {
  const maps = new Map<number, GlyphMap>();
  const keys = new Map<number, { font: number; code: number }>();
  let next = PROBE_FIRST;
  for (const font of fonts) {
    const map = new Map<number, string>();
    for (const code of codesOf(font)) {
      if (next > 0x10fffd) break;
      map.set(code, String.fromCodePoint(next));
      keys.set(next, { font: font.index, code });
      next++;
      // Planes 15 and 16 each end with two noncharacters.
      if ((next & 0xffff) === 0xfffe) next += 2;
    }
    maps.set(font.index, map);
  }
  return { maps, keys };
}

const describeShare = (health: TextHealth) => {
  const broken = health.pages.filter((page) => page.broken).length;
  return `${broken} of ${health.pages.length} pages still read as glyph numbers`;
};

/**
 * Recovers the text of a PDF whose text layer is glyph numbers. A sound PDF comes back as it
 * was, with its health; a broken one with the maps of the first source that makes every page
 * read as letters (or, failing all, the best one tried).
 */
export async function recoverPdfText(
  bytes: Uint8Array,
  readPages: ReadPages,
  options: RecoveryOptions = {},
): Promise<PdfRecovery> {
  const progress = (step: RecoveryStep) => options.onProgress?.(step);
  const pages = await readPages(bytes);
  const before = textHealth(pages, options.language);
  const tried: PdfRecovery['tried'] = [];
  const unchanged: PdfRecovery = { bytes, pages, before, after: before, fonts: [], tried };
  if (!before.broken) return unchanged;
  // pdf-lib and fontkit are loaded only for a PDF that needs them.
  const [{ unmappedFonts, withUnicodeMaps }, { drawnCodes, glyphMapFromFontTables }] =
    await Promise.all([import('./unicode-maps.ts'), import('./font-tables.ts')]);
  const fonts = await unmappedFonts(bytes);
  if (fonts.unmapped.length === 0) {
    tried.push({ source: 'font', outcome: 'no font lacks a ToUnicode map' });
    return unchanged;
  }
  const codes = new Map(fonts.unmapped.map((font) => [font.index, drawnCodes(font)]));
  const codesOf = (font: UnmappedFont) => codes.get(font.index) ?? [];
  const fromTables = new Map(
    fonts.unmapped.map((font) => [font.index, glyphMapFromFontTables(font, codesOf(font))]),
  );
  const attempt = async (source: TextSource, maps: Map<number, GlyphMap>) => {
    progress('writing');
    const repaired = await withUnicodeMaps(fonts, maps);
    const repairedPages = await readPages(repaired);
    const after = textHealth(repairedPages, options.language);
    const fontReport = fonts.unmapped.map((font) => ({
      name: font.name,
      glyphs: codesOf(font).length,
      mapped: maps.get(font.index)?.size ?? 0,
    }));
    return {
      bytes: repaired,
      pages: repairedPages,
      before,
      after,
      source,
      fonts: fontReport,
      tried,
    };
  };
  /** Learns maps from a text of the same document; the font's own tables fill what it misses. */
  const sources = options.sources ?? TEXT_SOURCES;
  const fromText = async (text: string, pages?: readonly number[]) => {
    progress('glyphRuns');
    const probe = probeMaps(fonts.unmapped, codesOf);
    const probePages = await readPages(await withUnicodeMaps(fonts, probe.maps));
    progress('aligning');
    // The text says its direction: the PDF's name may not give its language.
    const rightToLeft = readsRightToLeft(text);
    const aligned = pages ? probePages.filter((_, index) => pages.includes(index)) : probePages;
    const learned = learnGlyphTexts(layoutPdfText(aligned).text, text, { rightToLeft });
    // The font's own tables, when they are among the sources, fill what the text does not teach.
    const useTables = sources.includes('font');
    const maps = new Map<number, Map<number, string>>(
      fonts.unmapped.map((font) => [
        font.index,
        new Map(useTables ? fromTables.get(font.index) : undefined),
      ]),
    );
    for (const [probeCodePoint, glyphText] of learned) {
      const key = probe.keys.get(probeCodePoint);
      if (key)
        maps.get(key.font)?.set(key.code, rightToLeft ? ligatureAsDrawn(glyphText) : glyphText);
    }
    return maps;
  };

  let best: PdfRecovery | undefined;
  const keep = (candidate: PdfRecovery) => {
    const wrong = (recovery: PdfRecovery) =>
      recovery.after.pages.filter((page) => page.broken).length;
    if (!best || wrong(candidate) < wrong(best)) best = candidate;
    return !candidate.after.broken;
  };
  for (const source of sources) {
    if (source === 'font') {
      const mapped = [...fromTables.values()].reduce((sum, map) => sum + map.size, 0);
      if (mapped === 0) {
        tried.push({ source, outcome: 'the fonts carry no cmap table and no glyph names' });
        continue;
      }
      progress('fontTables');
      const candidate = await attempt(source, fromTables);
      if (keep(candidate)) return candidate;
      tried.push({ source, outcome: describeShare(candidate.after) });
    } else if (source === 'parallel') {
      if (options.parallelText === undefined) {
        tried.push({ source, outcome: 'no parallel text given' });
        continue;
      }
      const candidate = await attempt(source, await fromText(options.parallelText));
      if (keep(candidate)) return candidate;
      tried.push({ source, outcome: describeShare(candidate.after) });
    } else {
      if (!options.recognize) {
        tried.push({ source, outcome: 'no OCR engine given' });
        continue;
      }
      progress('ocr');
      const recognized = await options.recognize(bytes, options.language);
      const candidate = await attempt(source, await fromText(recognized, options.recognizedPages));
      if (keep(candidate)) return candidate;
      tried.push({ source, outcome: describeShare(candidate.after) });
    }
  }
  return best ?? unchanged;
}
