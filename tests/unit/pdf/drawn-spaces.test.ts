/**
 * The spaces of a recovered font: its space glyph reads as a zero-width space and a space (the
 * ToUnicode map Redline writes), a bare space is one pdf.js made up between two glyphs.
 */
import { describe, expect, it } from 'vitest';
import {
  DRAWN_SPACE,
  markDrawnSpace,
  withDrawnSpacesOnly,
} from '../../../utils/pdf/drawn-spaces.ts';
import { toUnicodeCMap } from '../../../utils/pdf/unicode-maps.ts';

const item = (str: string, fontName = 'g_d2_f1') => ({
  str,
  fontName,
  transform: [11, 0, 0, 11, 68, 655],
  width: 100,
  height: 11,
  hasEOL: false,
});

describe('spaces a recovered font draws', () => {
  it('are what its ToUnicode map gives the space glyph', () => {
    expect(markDrawnSpace(' ')).toBe(DRAWN_SPACE);
    expect(markDrawnSpace('ل')).toBe('ل');
    // <0003> <200B0020>: other readers show a space.
    expect(toUnicodeCMap(new Map([[3, ' ']]))).toContain('<0003> <200B0020>');
  });

  it('are read as plain spaces, and the ones pdf.js invented inside a word are left out', () => {
    // As pdf.js gives `الحرية والعدل` (Amiri kerns ر before ي): its bidi turns the drawn
    // space's two characters round in a right-to-left item.
    const [sentence, gap, other] = withDrawnSpacesOnly([
      item('الحر ية \u200bوالعدل'),
      item(' '),
      item('A/RES/217 (III)', 'g_d1_f2'),
    ]);
    expect(sentence?.str).toBe('الحرية والعدل');
    // An item that is only an invented gap reads as nothing; lines.ts spaces wide gaps itself.
    expect(gap?.str).toBe('');
    expect(other?.str).toBe('A/RES/217 (III)');
  });

  it('leave a font with no drawn space as pdf.js read it', () => {
    const items = [item('word and word'), { type: 'beginMarkedContent' }];
    expect(withDrawnSpacesOnly(items)).toEqual(items);
  });
});
