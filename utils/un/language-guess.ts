import type { UnLanguage } from './languages.ts';

const SAMPLE_LENGTH = 20_000;
const SCRIPTS: Array<[UnLanguage, RegExp]> = [
  ['zh', /[\u4e00-\u9fff]/gu],
  ['ar', /[\u0600-\u06ff]/gu],
  ['ru', /[\u0400-\u04ff]/gu],
];
/** Words frequent in one of the Latin-script UN languages and rare in the others. */
const STOPWORDS: Array<[UnLanguage, RegExp]> = [
  ['en', /\b(?:the|of|and|shall|to)\b/gu],
  ['fr', /\b(?:les|des|et|du|la|aux)\b/gu],
  ['es', /\b(?:los|las|del|y|el|en)\b/gu],
];

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The UN language a text is written in, from its script and, in Latin script, its commonest words. */
export function guessLanguage(text: string): UnLanguage | undefined {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const letters = count(sample, /\p{L}/gu);
  if (letters === 0) return undefined;
  for (const [language, script] of SCRIPTS) {
    if (count(sample, script) / letters > 0.3) return language;
  }
  const lower = sample.toLowerCase();
  let best: UnLanguage | undefined;
  let bestCount = 0;
  for (const [language, words] of STOPWORDS) {
    const found = count(lower, words);
    if (found > bestCount) [best, bestCount] = [language, found];
  }
  return best;
}
