import type { UnLanguage } from './languages.ts';

/** Enough text to tell six languages apart; more only costs time. */
const SAMPLE_LENGTH = 4_000;
/** Code point ranges of the scripts that name a language by themselves. */
const SCRIPTS: Array<[UnLanguage, number, number]> = [
  ['zh', 0x4e00, 0x9fff],
  ['ar', 0x0600, 0x06ff],
  ['ru', 0x0400, 0x04ff],
];
/** Words frequent in one of the Latin-script UN languages and rare in the others. */
const STOPWORDS: Array<[UnLanguage, RegExp]> = [
  ['en', /\b(?:the|of|and|shall|to)\b/g],
  ['fr', /\b(?:les|des|et|du|la|aux)\b/g],
  ['es', /\b(?:los|las|del|y|el|en)\b/g],
];
const SCRIPT_SHARE = 0.3;

function isLetterCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0xc0;
}

/** The UN language a text is written in, from its script and, in Latin script, its commonest words. */
export function guessLanguage(text: string): UnLanguage | undefined {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const inScript = SCRIPTS.map(() => 0);
  let letters = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (!isLetterCode(code)) continue;
    letters++;
    // Indexed, not destructured: this runs once per page, unoptimised, for each letter.
    for (let script = 0; script < SCRIPTS.length; script++) {
      const range = SCRIPTS[script] as [UnLanguage, number, number];
      if (code >= range[1] && code <= range[2]) inScript[script] = (inScript[script] ?? 0) + 1;
    }
  }
  if (letters === 0) return undefined;
  const script = inScript.findIndex((count) => count / letters > SCRIPT_SHARE);
  if (script >= 0) return SCRIPTS[script]?.[0];
  const lower = sample.toLowerCase();
  let best: UnLanguage | undefined;
  let bestCount = 0;
  for (const [language, words] of STOPWORDS) {
    const found = lower.match(words)?.length ?? 0;
    if (found > bestCount) [best, bestCount] = [language, found];
  }
  return best;
}
