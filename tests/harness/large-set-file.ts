import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../../utils/formats/annotation.ts';
import type { RedlineSetFile } from '../../utils/formats/set-file.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const TEXT = readFileSync(path.join(FIXTURES, 'un/untoc.txt'), 'utf8');

/**
 * A colleague's file of `count` real-sized annotations on one document (about 2.4 KB each, as a
 * Hypothesis export averages), quotes and rationales taken from the UNTOC text.
 */
export function largeSetFile(count: number): string {
  const file: RedlineSetFile = JSON.parse(
    readFileSync(path.join(FIXTURES, 'sharing/untoc-colleague.redline.json'), 'utf8'),
  );
  const template = file.annotations[0] as Annotation;
  const sentences = [...TEXT.matchAll(/[A-Z][^.;\n]{40,300}[.;]/g)];
  file.annotations = Array.from({ length: count }, (_, i) => {
    const match = sentences[i % sentences.length] as RegExpMatchArray;
    const start = match.index as number;
    const exact = match[0];
    return {
      ...template,
      id: `bench-${i}`,
      target: {
        ...template.target,
        quote: {
          type: 'TextQuoteSelector',
          exact,
          prefix: TEXT.slice(Math.max(0, start - 32), start),
          suffix: TEXT.slice(start + exact.length, start + exact.length + 32),
        },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
      },
      comment: `Comment ${i}: ${exact.slice(0, 80)}`,
      rationale: TEXT.slice(
        (i * 997) % (TEXT.length - 1200),
        ((i * 997) % (TEXT.length - 1200)) + 1200,
      ),
      tags: i % 3 === 0 ? ['criminalization', 'safeguards'] : ['criminalization'],
    };
  });
  return JSON.stringify(file);
}
