import type { Candidate } from './candidates.ts';
import type { CollapsedQuote } from './quote.ts';

/**
 * A letter or digit of a script that puts spaces between words. In Chinese or Thai any character
 * may begin a word, so nothing is learnt from what stands beside a passage.
 */
const SPACED_WORD_CHARACTER =
  /^(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}])[\p{L}\p{N}\p{M}]$/u;

function isSpacedWordCharacter(character: string | undefined): boolean {
  return character !== undefined && SPACED_WORD_CHARACTER.test(character);
}

/** Which ends of the quote were whole-word edges where it was chosen. */
export interface WordEdges {
  start: boolean;
  end: boolean;
}

/**
 * A quote chosen as whole words ("a" in "is a Party") says so through its context: its first
 * letter followed a space or a sign, its last one preceded one. Unknown context (another tool's
 * quote without prefix or suffix) says nothing.
 */
export function wordEdgesOf(quote: CollapsedQuote): WordEdges {
  return {
    start:
      quote.prefix.length > 0 &&
      isSpacedWordCharacter(quote.exact[0]) &&
      !isSpacedWordCharacter(quote.prefix[quote.prefix.length - 1]),
    end:
      quote.suffix.length > 0 &&
      isSpacedWordCharacter(quote.exact[quote.exact.length - 1]) &&
      !isSpacedWordCharacter(quote.suffix[0]),
  };
}

/**
 * Whether a place keeps the quote's whole-word edges: the "a" of "and" is not the article "a",
 * whatever context it happens to share.
 */
export function keepsWordEdges(text: string, candidate: Candidate, edges: WordEdges): boolean {
  return (
    !(edges.start && isSpacedWordCharacter(text[candidate.start - 1])) &&
    !(edges.end && isSpacedWordCharacter(text[candidate.end]))
  );
}
