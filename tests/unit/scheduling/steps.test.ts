import { describe, expect, it } from 'vitest';
import { runAll, runInSlices, type Steps } from '../../../utils/scheduling/steps.ts';

function* counting(log: string[], steps: number): Steps<number> {
  for (let i = 0; i < steps; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return steps;
}

describe('work in steps', () => {
  it('runs every step at once and returns the result', () => {
    const log: string[] = [];
    expect(runAll(counting(log, 3))).toBe(3);
    expect(log).toEqual(['step 0', 'step 1', 'step 2']);
  });

  it('gives the page back between slices: what the page queued runs before the next step', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('page'), 0);
    // A slice of 0 ms ends after every step.
    expect(await runInSlices(counting(log, 3), { sliceMs: 0 })).toBe(3);
    expect(log.indexOf('page')).toBe(1);
  });

  it('keeps going without pausing while a slice lasts', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('page'), 0);
    expect(await runInSlices(counting(log, 3), { sliceMs: Number.POSITIVE_INFINITY })).toBe(3);
    expect(log).toEqual(['step 0', 'step 1', 'step 2']);
  });
});
