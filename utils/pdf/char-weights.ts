import { Encodings, Font, FontNames } from '@cantoo/pdf-lib/standard-fonts';
import type { CharWeight } from './glyph-geometry.ts';

/** Width of a character outside the font's encoding: an average glyph, in font units. */
const AVERAGE_WIDTH = 500;

/**
 * Character widths of Times, the face UN documents are set in. pdf.js tells where a run of text
 * starts and how wide it is; these widths place each character inside the run, so a quad ends
 * where its word ends rather than at an even share of the run.
 */
export function timesWeights(): CharWeight {
  const font = Font.load(FontNames.TimesRoman);
  const cache = new Map<string, number>();
  return (char) => {
    let width = cache.get(char);
    if (width === undefined) {
      const code = char.codePointAt(0) as number;
      width = Encodings.WinAnsi.canEncodeUnicodeCodePoint(code)
        ? (font.getWidthOfGlyph(Encodings.WinAnsi.encodeUnicodeCodePoint(code).name) ??
          AVERAGE_WIDTH)
        : AVERAGE_WIDTH;
      cache.set(char, width);
    }
    return width;
  };
}
