/**
 * Outline speed against its floor: a plain pass that splits the same text into lines and tests
 * one numbering regex per line, run on the same input in the same process.
 *   node --import tsx bench/outline.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flattenUnits, outlineText } from '../utils/un/outline.ts';
import { median } from './lib/stats.ts';

const TARGET_LENGTH = 1_000_000;
const RUNS = 31;
/** Runs before timing, so the JIT has compiled the hot paths of both passes. */
const WARM_UP_RUNS = 20;
const ARTICLES_IN_UNTOC = 41;

const fixture = resolve(fileURLToPath(import.meta.url), '../../tests/fixtures/un/untoc.txt');
const untoc = readFileSync(fixture, 'utf8');

/** The convention repeated until about 1 MB, each copy's articles numbered after the last. */
function largeDraft(text: string): string {
  const copies: string[] = [];
  let length = 0;
  for (let copy = 0; length < TARGET_LENGTH; copy++) {
    const renumbered = text.replace(
      /^Article(\s+)(\d+)/gm,
      (_, space: string, number: string) =>
        `Article${space}${Number(number) + copy * ARTICLES_IN_UNTOC}`,
    );
    copies.push(renumbered);
    length += renumbered.length;
  }
  return copies.join('\n');
}

const LINE_MARK = /^\s*(?:Article\s+\d+|\d{1,3}\.\s|\(?[a-z]{1,4}\)|[a-z]\.\s)/;

/** The floor: what any line-based outliner must at least do. */
function lineScan(text: string): number {
  let marks = 0;
  for (const line of text.split('\n')) if (LINE_MARK.test(line)) marks++;
  return marks;
}

function time<T>(run: () => T): { ms: number; result: T } {
  let result = run();
  for (let index = 1; index < WARM_UP_RUNS; index++) result = run();
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

function report(name: string, text: string) {
  const outline = time(() => outlineText(text));
  const floor = time(() => lineScan(text));
  const units = flattenUnits(outline.result.units);
  const articles = units.filter((unit) => unit.kind === 'article').length;
  const rate = (ms: number) => (text.length / ms).toFixed(0).padStart(8);
  console.log(`${name}: ${text.length} chars, ${articles} articles, ${units.length} units`);
  console.log(
    `  outlineText   ${outline.ms.toFixed(2).padStart(8)} ms ${rate(outline.ms)} chars/ms`,
  );
  console.log(
    `  line scan     ${floor.ms.toFixed(2).padStart(8)} ms ${rate(floor.ms)} chars/ms (floor, ${floor.result} marks)`,
  );
  console.log(`  ratio         ${(outline.ms / floor.ms).toFixed(1).padStart(8)} x the floor`);
}

console.log(`median of ${RUNS} runs after ${WARM_UP_RUNS} warm-up runs; Node ${process.version}`);
report('UNTOC', untoc);
report('UNTOC x N, renumbered', largeDraft(untoc));
