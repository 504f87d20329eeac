import { describe, expect, it } from 'vitest';
import { editorSide } from '../../../annotator/placement.ts';
import { LAYER_PALETTE, OWN_SET_COLOUR } from '../../../utils/formats/layers.ts';
import { highlightRule } from '../../../utils/highlight/styles.ts';

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
function luminance([r, g, b]: number[]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r as number) + 0.7152 * linear(g as number) + 0.0722 * linear(b as number);
}

/** The paper under a highlight rule: its background colour laid over white. */
function paperUnder(rule: string): number[] {
  const [, hex, percent] = /color-mix\(in srgb, #([0-9a-f]{6}) (\d+)%, transparent\)/i.exec(
    rule,
  ) as RegExpExecArray;
  const share = Number(percent) / 100;
  return [0, 2, 4].map((at) => {
    const channel = Number.parseInt((hex as string).slice(at, at + 2), 16);
    return 255 * (1 - share) + channel * share;
  });
}

describe('highlights keep black text readable', () => {
  for (const colour of [OWN_SET_COLOUR, ...LAYER_PALETTE]) {
    for (const status of ['exact', 'fuzzy'] as const) {
      it(`${colour} ${status}: black text keeps at least 7:1 contrast and the paper is tinted`, () => {
        const paper = paperUnder(highlightRule('redline-layer0-exact', colour, status));
        expect((luminance(paper) + 0.05) / 0.05).toBeGreaterThanOrEqual(7);
        expect(luminance(paper)).toBeLessThan(0.95);
      });
    }
  }
});

describe('the editor’s side', () => {
  const viewport = { width: 1280, height: 900 };
  it('goes beside a passage in a narrow column, at the reading end first', () => {
    const column = { left: 400, top: 400, right: 800, bottom: 440 };
    expect(editorSide(column, viewport, 'ltr')).toBe('right-start');
    expect(editorSide(column, viewport, 'rtl')).toBe('left-start');
  });
  it('goes below or above a passage that fills the width, never on it', () => {
    expect(editorSide({ left: 40, top: 100, right: 1240, bottom: 140 }, viewport, 'ltr')).toBe(
      'bottom-start',
    );
    expect(editorSide({ left: 40, top: 800, right: 1240, bottom: 860 }, viewport, 'ltr')).toBe(
      'top-start',
    );
  });
  it('takes the side with most room when nothing fits', () => {
    expect(editorSide({ left: 100, top: 100, right: 1180, bottom: 700 }, viewport, 'ltr')).toBe(
      'bottom-start',
    );
  });
});
