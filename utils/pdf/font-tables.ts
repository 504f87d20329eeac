/**
 * What an embedded font program says about its own glyphs: its `cmap` (character → glyph,
 * read backwards) and its glyph names (`uni0416`, `u1F600`). Read with fontkit.
 */
import { create, type Font } from 'fontkit';
import type { GlyphMap, UnmappedFont } from './unicode-maps.ts';

const UNI_NAME = /^uni([0-9A-F]{4})(?:[._]|$)/;
const U_NAME = /^u([0-9A-F]{4,6})(?:[._]|$)/;

function openProgram(program: Uint8Array): Font | undefined {
  try {
    // fontkit reads any Uint8Array (its types say Buffer, which browsers do not have).
    const font = create(program as Parameters<typeof create>[0]);
    return 'characterSet' in font ? font : undefined;
  } catch {
    return undefined;
  }
}

/** The characters the font's cmap reaches; none when it has no cmap (fontkit then throws). */
function characterSet(program: Font): number[] {
  try {
    return [...program.characterSet];
  } catch {
    return [];
  }
}

function textOfName(glyphName: string | undefined): string | undefined {
  if (!glyphName) return undefined;
  const hex = UNI_NAME.exec(glyphName)?.[1] ?? U_NAME.exec(glyphName)?.[1];
  if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
  return /^[A-Za-z0-9]$/.test(glyphName) ? glyphName : undefined;
}

/**
 * The text of each code the font's own tables account for. A glyph reached from several
 * characters (a shared shape) takes the lowest one, as PDF writers do.
 */
export function glyphMapFromFontTables(font: UnmappedFont, codes: readonly number[]): GlyphMap {
  const map = new Map<number, string>();
  if (!font.program) return map;
  const program = openProgram(font.program);
  if (!program) return map;
  const textOfGlyph = new Map<number, string>();
  for (const codePoint of characterSet(program).sort((a, b) => a - b)) {
    const glyph = program.glyphForCodePoint(codePoint);
    if (glyph.id !== 0 && !textOfGlyph.has(glyph.id)) {
      textOfGlyph.set(glyph.id, String.fromCodePoint(codePoint));
    }
  }
  for (const code of codes) {
    const glyphId = font.glyphOf(code);
    let text = textOfGlyph.get(glyphId);
    if (text === undefined && glyphId < program.numGlyphs) {
      try {
        text = textOfName(program.getGlyph(glyphId).name);
      } catch {
        text = undefined;
      }
    }
    if (text !== undefined) map.set(code, text);
  }
  return map;
}

/**
 * The codes whose glyphs the subset really holds: an outline in `glyf` (a subset keeps the
 * original glyph numbers and empties the rest), or a width in the PDF (the space has no outline).
 */
export function drawnCodes(font: UnmappedFont): number[] {
  const codes = new Set(font.widthCodes);
  const program = font.program ? openProgram(font.program) : undefined;
  const offsets = (program as { loca?: { offsets?: number[] } } | undefined)?.loca?.offsets;
  if (program && offsets) {
    const drawn = (glyphId: number) => (offsets[glyphId + 1] ?? 0) > (offsets[glyphId] ?? 0);
    const lastCode = Math.min(font.codeCount ?? program.numGlyphs, 0x10000);
    for (let code = 0; code < lastCode; code++) if (drawn(font.glyphOf(code))) codes.add(code);
  }
  return [...codes].sort((a, b) => a - b);
}
