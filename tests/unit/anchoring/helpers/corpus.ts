import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StructuralUnit } from '../../../../utils/anchoring/units.ts';

export const untoc = readFileSync(resolve('tests/fixtures/formats/untoc-2000-en.txt'), 'utf8');

/**
 * A small outline of the fixture's Markdown (articles, `1.` paragraphs, `a)` subparagraphs),
 * standing in for utils/un's outline so these tests depend on anchoring alone.
 */
export function outlineForTests(text: string): StructuralUnit[] {
  const units: StructuralUnit[] = [];
  const articles = [...text.matchAll(/^### Article\s+(\d+)/gm)];
  articles.forEach((match, i) => {
    const start = match.index;
    const end = articles[i + 1]?.index ?? text.length;
    const article = `Art. ${match[1]}`;
    units.push({ address: article, start, end });
    const body = text.slice(start, end);
    const paragraphs = [...body.matchAll(/^(\d+)\.\s/gm)];
    paragraphs.forEach((paragraph, j) => {
      const paragraphStart = start + paragraph.index;
      const paragraphEnd = start + (paragraphs[j + 1]?.index ?? body.length);
      const address = `${article}(${paragraph[1]})`;
      units.push({ address, start: paragraphStart, end: paragraphEnd });
      const inner = text.slice(paragraphStart, paragraphEnd);
      const items = [...inner.matchAll(/^([a-z])\)\s/gm)];
      items.forEach((item, k) => {
        units.push({
          address: `${address}(${item[1]})`,
          start: paragraphStart + item.index,
          end: paragraphStart + (items[k + 1]?.index ?? inner.length),
        });
      });
    });
  });
  return units;
}

/** A seeded generator, so scenario counts are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

/** Random passages starting and ending at word boundaries, as people select them. */
export function wordPassages(
  text: string,
  count: number,
  random: () => number,
  maxLength = 160,
): Array<{ start: number; end: number }> {
  const boundaries = [...text.matchAll(/\b/g)].map((match) => match.index);
  const passages: Array<{ start: number; end: number }> = [];
  while (passages.length < count) {
    const i = Math.floor(random() * (boundaries.length - 1));
    const start = boundaries[i] as number;
    let j = i + 1;
    const limit = start + 4 + Math.floor(random() * maxLength);
    while (j + 1 < boundaries.length && (boundaries[j + 1] as number) <= limit) j++;
    const end = boundaries[j] as number;
    if (text.slice(start, end).trim().length >= 3) passages.push({ start, end });
  }
  return passages;
}
