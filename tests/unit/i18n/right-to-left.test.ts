import { describe, expect, it } from 'vitest';
import { rtlStyle } from '../../../utils/formats/export/docx-text.ts';
import { RIGHT_TO_LEFT_SCRIPT } from '../../../utils/i18n/right-to-left.ts';
import { translator } from '../../../utils/i18n/translate.ts';

describe('one test for right-to-left script, for UI messages and Word paragraphs alike', () => {
  it('matches Arabic, Hebrew, Syriac and Thaana, not Latin, Cyrillic, Chinese or a lone Arabic mark', () => {
    for (const letter of ['م', 'ש', 'ܐ', 'ހ']) expect(RIGHT_TO_LEFT_SCRIPT.test(letter)).toBe(true);
    // A fatha (U+064E) is Script=Inherited: it has no direction of its own.
    for (const other of ['a', 'ж', '条', '\u064E', '7']) {
      expect(RIGHT_TO_LEFT_SCRIPT.test(other)).toBe(false);
    }
  });

  it('isolates a Hebrew value in an English message and lays a Hebrew paragraph out right to left', () => {
    expect(translator('en').t('annotator.saved', { provision: 'סעיף 7' })).toBe(
      'Comment saved on \u2068סעיף 7\u2069.',
    );
    expect(rtlStyle('סעיף 7 (1)', {})).toEqual({ rightToLeft: true });
    expect(rtlStyle('7 article (1) סעיף', {})).toEqual({});
  });
});
