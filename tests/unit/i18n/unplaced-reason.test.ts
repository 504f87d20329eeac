import { describe, expect, it } from 'vitest';
import { translator } from '../../../utils/i18n/translate.ts';
import { UNPLACED_REASON_KEYS } from '../../../utils/i18n/unplaced-reason.ts';
import { UNPLACED_REASONS } from '../../../utils/pdf/markup-plan.ts';

describe('why a comment has no place, in the reader’s language', () => {
  it('names every reason anchoring and the PDF plan give, each in its own words', () => {
    const english = translator('en');
    const arabic = translator('ar');
    const said = UNPLACED_REASONS.map((reason) => english.text(UNPLACED_REASON_KEYS[reason]));
    expect(said).toEqual([
      'it quotes no text',
      'its words are not in this text (another version of the draft?)',
      'its words stand in several places and nothing tells which',
      'its passage was deleted in this version',
      'its provision still stands without its words; they stand only in another provision, where the same words may always have stood',
      'its words are not drawn on any page of this PDF',
    ]);
    for (const reason of UNPLACED_REASONS)
      expect(arabic.text(UNPLACED_REASON_KEYS[reason])).toMatch(/^\p{Script=Arabic}/u);
  });

  it('a card says it in a sentence of the same language', () => {
    const french = translator('fr');
    expect(
      french.t('card.notPlacedReason', {
        reason: french.t(UNPLACED_REASON_KEYS['deleted in this version']),
      }),
    ).toBe('N’a pas pu être placé : son passage a été supprimé dans cette version.');
  });
});
